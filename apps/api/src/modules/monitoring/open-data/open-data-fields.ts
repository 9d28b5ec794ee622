import type { OpenDataField } from '@opencpi/contracts';
import type { CountField } from '../domain/suppression';

type Field = OpenDataField & { whole?: string };
const f = (
  name: string,
  type: 'integer' | 'number',
  unit: string,
  suppression: 'people' | 'derived' | 'none',
  it: string,
  en: string,
  sourceTables: string[],
  whole?: string,
): Field => ({
  name,
  type,
  unit,
  suppression,
  description: { it, en },
  sourceTables,
  ...(whole ? { whole } : {}),
});
const DIDS = ['patto.kpi_dids_monthly', 'patto.dids'];
const APPTS = ['agenda.kpi_appointments_monthly', 'agenda.appointments'];

/** The open data's fields per CPI × month (the data dictionary). Counts of people are suppressed below the threshold. */
export const OPEN_DATA_FIELDS: Field[] = [
  f('dids', 'integer', 'count', 'people', 'DID rilasciate nel mese', 'DIDs filed in the month', DIDS),
  f(
    'first_contacts_due',
    'integer',
    'count',
    'people',
    'DID del mese contattate o con scadenza del primo contatto passata',
    "The month's DIDs contacted or past their first-contact deadline",
    DIDS,
  ),
  f(
    'first_contacts_in_window',
    'integer',
    'count',
    'people',
    'DID del mese con primo contatto entro la scadenza di legge',
    "The month's DIDs contacted by the legal deadline",
    [...DIDS, 'patto.legal_parameters'],
    'first_contacts_due',
  ),
  f('patti_signed', 'integer', 'count', 'people', 'Patti firmati per la prima volta nel mese', 'Patti first signed in the month', ['patto.kpi_patti_monthly', 'patto.patti']),
  f(
    'median_days_to_patto',
    'number',
    'days',
    'derived',
    'Mediana dei giorni dalla DID al patto (patti firmati nel mese)',
    'Median days from DID to patto (patti signed in the month)',
    ['patto.kpi_time_to_patto'],
  ),
  f('appointments', 'integer', 'count', 'people', 'Appuntamenti con inizio nel mese', 'Appointments starting in the month', APPTS),
  f('appointments_remote', 'integer', 'count', 'people', 'Appuntamenti a distanza (video, telefono)', 'Remote appointments (video, phone)', APPTS, 'appointments'),
  f('attendance_recorded', 'integer', 'count', 'people', 'Appuntamenti con presenza registrata', 'Appointments with attendance recorded', APPTS),
  f('no_shows', 'integer', 'count', 'people', 'Assenze ingiustificate', 'Unjustified absences', APPTS, 'attendance_recorded'),
  f('conditionality_cases', 'integer', 'count', 'people', 'Casi di condizionalità aperti', 'Conditionality cases opened', ['condizionalita.kpi_cases_monthly']),
  f('vacancies_published', 'integer', 'count', 'none', 'Offerte di lavoro pubblicate (non persone: non soppresse)', 'Vacancies published (not people: not suppressed)', [
    'matching.kpi_vacancies_monthly',
  ]),
  f('vacancies_filled', 'integer', 'count', 'none', 'Offerte coperte (prima assunzione nel mese)', 'Vacancies filled (first hire in the month)', [
    'matching.kpi_vacancies_monthly',
  ]),
  f('median_days_to_fill', 'number', 'days', 'none', 'Mediana dei giorni dalla pubblicazione alla prima assunzione', 'Median days from publication to first hire', [
    'matching.kpi_vacancies_monthly',
  ]),
  f('satisfaction_answers', 'integer', 'count', 'people', 'Risposte ai questionari di soddisfazione', 'Satisfaction survey answers', ['surveys.daily_aggregates']),
  f('satisfaction_mean', 'number', 'rating', 'derived', 'Valutazione media (1-5)', 'Mean rating (1-5)', ['surveys.daily_aggregates']),
];
/** derived value → the count it is null with */
export const DERIVED_FROM: Record<string, string> = { median_days_to_patto: 'patti_signed', satisfaction_mean: 'satisfaction_answers' };
export const COUNT_FIELDS: CountField[] = OPEN_DATA_FIELDS.filter((x) => x.suppression === 'people').map((x) => ({ name: x.name, ...(x.whole ? { whole: x.whole } : {}) }));
export const dictionaryFields = (): OpenDataField[] => OPEN_DATA_FIELDS.map(({ whole: _whole, ...rest }) => rest);
