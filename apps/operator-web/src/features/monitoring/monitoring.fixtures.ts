import type { BenchmarkResponse, DashboardResponse, IndicatorResult, OperatorKpiResponse } from '@opencpi/contracts';
import { HttpResponse, http } from 'msw';

/* Answers of the monitoring API for the SPA tests (test files only). */

export const TORINO = '11111111-1111-4111-8111-111111111111';
export const IVREA = '22222222-2222-4222-8222-222222222222';
const period = { from: '2026-09', to: '2026-11', months: ['2026-09', '2026-10', '2026-11'] };

export function sessionAs(role: 'cpi_manager' | 'region_admin' | 'operator') {
  return http.get('/api/auth/session', () =>
    HttpResponse.json({ authenticated: true, csrfToken: 't', user: { fiscalCode: 'CLMPLA70E20C627O', name: 'Paolo', familyName: 'Colombo', roles: [role], spidLevel: 2 } }),
  );
}

const dids: IndicatorResult = {
  code: 'dids',
  definition: {
    code: 'dids',
    unit: 'count',
    title: { it: 'DID rilasciate', en: 'DIDs filed' },
    definition: { it: 'DID presentate nel periodo, per mese di presentazione.', en: 'DIDs filed in the period.' },
    sourceTables: ['monitoring.patto_monthly', 'patto.dids'],
    available: true,
  },
  value: 42,
  series: [
    { month: '2026-09', value: 10 },
    { month: '2026-10', value: 12 },
    { month: '2026-11', value: 20 },
  ],
  breakdowns: [],
};
const firstContact: IndicatorResult = {
  code: 'first_contact_in_window',
  definition: {
    code: 'first_contact_in_window',
    unit: 'share',
    higherIsBetter: true,
    title: { it: 'Primo contatto nei termini', en: 'First contact in the window' },
    definition: { it: 'Quota di DID contattate entro il termine di legge.', en: 'Share of DIDs contacted in time.' },
    sourceTables: ['patto.dids', 'patto.legal_parameters'],
    available: true,
  },
  value: 0.75,
  numerator: 30,
  denominator: 40,
  series: [
    { month: '2026-09', value: 0.5, numerator: 5, denominator: 10 },
    { month: '2026-10', value: 0.8, numerator: 8, denominator: 10 },
    { month: '2026-11', value: 0.85, numerator: 17, denominator: 20 },
  ],
  breakdowns: [],
};

export function dashboard(level: 'region' | 'offices' | 'office', officeIds: string[] = [TORINO, IVREA]): DashboardResponse {
  const names: Record<string, string> = { [TORINO]: "Centro per l'Impiego di Torino", [IVREA]: "Centro per l'Impiego di Ivrea" };
  return {
    scope: { level, regionId: 'r1', officeIds, ...(level === 'office' ? { officeName: names[officeIds[0]!] } : {}) },
    period,
    refreshedAt: '2026-12-03T02:00:00.000Z',
    indicators: [dids, firstContact],
    offices: officeIds.map((id) => ({ id, name: names[id]! })),
  };
}

export function benchmark(officeIds: string[]): BenchmarkResponse {
  const rows = [
    { officeId: TORINO, officeName: "Centro per l'Impiego di Torino", value: 0.75, denominator: 40 },
    { officeId: IVREA, officeName: "Centro per l'Impiego di Ivrea", value: 0.5, denominator: 12 },
  ];
  return {
    indicator: 'first_contact_in_window',
    unit: 'share',
    higherIsBetter: true,
    period,
    regionMedian: 0.6,
    bestQuartile: 0.7,
    officesCompared: 5,
    offices: rows.filter((r) => officeIds.includes(r.officeId)),
  };
}

export const operators: OperatorKpiResponse = {
  officeId: TORINO,
  officeName: "Centro per l'Impiego di Torino",
  period,
  items: [
    { staffId: 's1', name: 'Luca Verdi', appointments: 20, attended: 15, noShows: 3, pattiSigned: 6 },
    { staffId: 's2', name: 'Anna Neri', appointments: 8, attended: 7, noShows: 1, pattiSigned: 2 },
  ],
};
