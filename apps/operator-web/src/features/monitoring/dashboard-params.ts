import { todayInRome } from '@opencpi/i18n';

/** A period of whole months, both ends included (YYYY-MM). */
export interface Period {
  from: string;
  to: string;
}

/** What the dashboard shows, kept in the URL so that a view can be bookmarked, shared and gone back to. */
export interface DashboardView {
  period: Period;
  /** the CPI drilled into; none = the region */
  officeId?: string;
  /** the operator drilled into inside the CPI */
  staffId?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const isMonth = (value: string | null | undefined): value is string => !!value && MONTH.test(value);

/** The month `delta` months after `month` (YYYY-MM). */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last 12 months up to the current one (Europe/Rome). */
export function defaultPeriod(today: string = todayInRome()): Period {
  const to = today.slice(0, 7);
  return { from: addMonths(to, -11), to };
}

/** ?da=YYYY-MM&a=YYYY-MM&cpi=<officeId>&operatore=<staffId> → the view (bad or missing values → defaults). */
export function readView(params: URLSearchParams): DashboardView {
  const fallback = defaultPeriod();
  const from = params.get('da');
  const to = params.get('a');
  const period = isMonth(from) && isMonth(to) && from <= to ? { from, to } : fallback;
  const officeId = params.get('cpi') ?? undefined;
  const staffId = officeId ? (params.get('operatore') ?? undefined) : undefined;
  return { period, ...(officeId ? { officeId } : {}), ...(staffId ? { staffId } : {}) };
}

/** The query string of a view (the inverse of readView). */
export function viewSearch(view: DashboardView): string {
  const q = new URLSearchParams({ da: view.period.from, a: view.period.to });
  if (view.officeId) q.set('cpi', view.officeId);
  if (view.officeId && view.staffId) q.set('operatore', view.staffId);
  return `?${q.toString()}`;
}
