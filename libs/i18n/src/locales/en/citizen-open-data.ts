import type { Catalogue } from '../../catalogue';
import type { itCitizenOpenData } from '../it/citizen-open-data';

export const enCitizenOpenData: Catalogue<typeof itCitizenOpenData> = {
  title: 'Open data of the Employment Centres',
  intro:
    'The monthly indicators of each Employment Centre (CPI) and of the Region: DIDs, first contacts within the legal window, patti, appointments, vacancies and satisfaction. Read them here, or download and reuse them freely.',
  figures: 'Indicators of the month',
  month: 'Month',
  empty: 'No data for this month.',
  suppressed: 'suppressed',
  notAvailable: 'n/a',
  suppressionRule:
    'to protect people, a value counting fewer than {{threshold}} people (< {{threshold}}) is not published, nor are the values from which it could be worked out by difference from the regional total. “n/a” means a figure not collected yet.',
  table: {
    caption: 'Indicators by CPI, {{month}}',
    office: 'Employment Centre',
    region: '{{region}} total',
  },
  fields: {
    dids: 'DIDs filed',
    first_contacts_due: 'First contacts due',
    first_contacts_in_window: 'First contacts within the window',
    patti_signed: 'Patti signed',
    median_days_to_patto: 'Days from DID to patto (median)',
    appointments: 'Appointments',
    appointments_remote: 'Remote appointments',
    no_shows: 'Missed appointments',
    attendance_recorded: 'Attendance recorded',
    conditionality_cases: 'Conditionality cases',
    vacancies_published: 'Vacancies published',
    vacancies_filled: 'Vacancies filled',
    median_days_to_fill: 'Days to fill a vacancy (median)',
    satisfaction_answers: 'Survey answers',
    satisfaction_mean: 'Mean satisfaction (1–5)',
  },
  downloads: {
    title: 'Download the data',
    csv: 'Indicators as CSV',
    json: 'Indicators as JSON',
    dictionary: 'Data dictionary (JSON)',
    catalog: 'DCAT-AP_IT metadata (JSON-LD)',
    licence: 'Licence: {{licence}}.',
  },
  dictionary: {
    title: 'Data dictionary',
    sources: '(Source tables: {{tables}}.)',
  },
};
