import type { Catalogue } from '../../catalogue';
import type { itCitizenOpenData } from '../it/citizen-open-data';

export const roCitizenOpenData: Catalogue<typeof itCitizenOpenData> = {
  title: "Date deschise ale Centrelor pentru Ocuparea Forței de Muncă (Centri per l'Impiego)",
  intro:
    'Indicatorii lunari ai fiecărui Centru pentru Ocuparea Forței de Muncă și ai Regiunii: DID, primele contacte la termen, pacte, programări, oferte de muncă și mulțumire. Îi poți consulta aici sau îi poți descărca și refolosi liber.',
  figures: 'Indicatorii lunii',
  month: 'Luna',
  empty: 'Nu există date pentru această lună.',
  suppressed: 'valoare ascunsă',
  notAvailable: 'n.d.',
  suppressionRule:
    'ca să protejăm persoanele, o valoare care numără mai puțin de {{threshold}} persoane (< {{threshold}}) nu este publicată; nu sunt publicate nici valorile din care ar putea fi aflată prin diferență față de totalul regional. «n.d.» înseamnă o valoare care nu a fost încă adunată.',
  table: {
    caption: 'Indicatori pe CPI, {{month}}',
    office: 'Centrul pentru Ocuparea Forței de Muncă',
    region: 'Total {{region}}',
  },
  fields: {
    dids: 'DID depuse',
    first_contacts_due: 'Primele contacte datorate',
    first_contacts_in_window: 'Primele contacte la termen',
    patti_signed: 'Pacte semnate',
    median_days_to_patto: 'Zile de la DID la pact (mediana)',
    appointments: 'Programări',
    appointments_remote: 'Programări la distanță',
    no_shows: 'Absențe',
    attendance_recorded: 'Prezențe înregistrate',
    conditionality_cases: 'Proceduri de condiționalitate',
    vacancies_published: 'Oferte publicate',
    vacancies_filled: 'Oferte ocupate',
    median_days_to_fill: 'Zile până la ocuparea unei oferte (mediana)',
    satisfaction_answers: 'Răspunsuri la chestionare',
    satisfaction_mean: 'Mulțumirea medie (1–5)',
  },
  downloads: {
    title: 'Descarcă datele',
    csv: 'Indicatori în format CSV',
    json: 'Indicatori în format JSON',
    dictionary: 'Dicționarul datelor (JSON)',
    catalog: 'Metadate DCAT-AP_IT (JSON-LD)',
    licence: 'Licență: {{licence}}.',
  },
  dictionary: {
    title: 'Dicționarul datelor',
    sources: '(Tabele de origine: {{tables}}.)',
  },
};
