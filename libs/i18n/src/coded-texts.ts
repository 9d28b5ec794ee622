import { useTranslation } from 'react-i18next';
import { formatDate } from './format';
import { useFormatters } from './use-formatters';

/** What the timeline needs of an entry (TimelineEntryResponse of @opencpi/contracts). */
export interface TimelineEntryText {
  kind: string;
  summary: string;
  params?: Record<string, string | number | unknown>;
}

/** The catalogue key of an entry: `timeline.<kind>`; a patto action by its status (`timeline.plan.action_done`). */
export function timelineKey(entry: TimelineEntryText): string {
  if (entry.kind === 'plan.action') return `timeline.plan.action_${String(entry.params?.['status'] ?? '')}`;
  if (entry.kind === 'appointment.booked') return `timeline.appointment.booked_${String(entry.params?.['status'] ?? '')}`;
  return `timeline.${entry.kind}`;
}

/**
 * The text of a timeline entry in the reader's language, from `common:timeline.*` with the entry's params; an entry
 * whose kind the catalogue does not know yet shows the API's `summary`.
 */
export function useTimelineText(): (entry: TimelineEntryText) => string {
  const { t, i18n } = useTranslation('common');
  const f = useFormatters();
  return (entry) => {
    const key = timelineKey(entry);
    if (!i18n.exists(key, { ns: 'common' })) return entry.summary;
    // calendar dates (YYYY-MM-DD) in the reader's format
    const params = Object.fromEntries(Object.entries(entry.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? f.date(v) : v]));
    return String(t(key as 'timeline.did.filed', params as Record<string, unknown>));
  };
}

/** What the derivation list needs of a step (DerivationStepResponse of @opencpi/contracts). */
export interface DerivationStepText {
  fact: string;
  rule: string;
  code?: string;
  params?: Record<string, string | number | unknown>;
}

/**
 * A step of the employment status' derivation in the reader's language, from `common:derivation.<code>`; a step
 * without a known code shows the API's Italian fact and rule.
 */
export function useDerivationText(): (step: DerivationStepText) => { fact: string; rule: string } {
  const { t, i18n } = useTranslation('common');
  const f = useFormatters();
  return (step) => {
    const key = `derivation.${step.code ?? ''}`;
    if (!step.code || !i18n.exists(`${key}.fact`, { ns: 'common' })) return { fact: step.fact, rule: step.rule };
    // calendar dates (YYYY-MM-DD) in the reader's format
    const params = Object.fromEntries(Object.entries(step.params ?? {}).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? f.date(v) : v]));
    return { fact: String(t(`${key}.fact` as 'derivation.no_did.fact', params)), rule: String(t(`${key}.rule` as 'derivation.no_did.rule', params)) };
  };
}

/** What "In breve" needs of a patto version's content (PattoContentResponse of @opencpi/contracts). */
export interface PattoSummaryContent {
  pathway: number;
  responsibleName: string;
  contactFrequencyDays: number;
  jobSearchActs: string;
  proofOfSearch: string;
  actions: { title: string; dueDate: string }[];
}

const PATHWAYS = ['1', '2', '3', '4'] as const;
const isPathway = (p: string): p is (typeof PATHWAYS)[number] => (PATHWAYS as readonly string[]).includes(p);

/**
 * "In breve" of a patto version in the reader's language (or in `language`, e.g. Italian when the person asks for the
 * binding text), written from its content (the API's `summary` is the same text in Italian, stored when the version
 * was drafted): one statement per line.
 */
export function usePattoSummary(language?: string): (content: PattoSummaryContent, officeName: string) => string {
  const { t: readerT, i18n } = useTranslation('common');
  const t = language ? i18n.getFixedT(language, 'common') : readerT;
  const f = { date: (isoDate: string) => formatDate(isoDate, language ?? i18n.language) };
  return (c, officeName) => {
    const pathway = String(c.pathway);
    const next = [...c.actions].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).slice(0, 3);
    return [
      t('pattoSummary.contact', { office: officeName, responsible: c.responsibleName, days: c.contactFrequencyDays }),
      t('pattoSummary.pathway', { pathway: isPathway(pathway) ? t(`pattoSummary.pathways.${pathway}`) : pathway }),
      t('pattoSummary.commitment', { text: c.jobSearchActs }),
      t('pattoSummary.proof', { text: c.proofOfSearch }),
      ...(next.length > 0 ? [t('pattoSummary.deadlines', { list: next.map((a) => t('pattoSummary.deadline', { title: a.title, date: f.date(a.dueDate) })).join('; ') })] : []),
      t('pattoSummary.sanctions'),
      t('pattoSummary.help'),
    ].join('\n');
  };
}
