/** Citizen SPA: the public open data page /dati-aperti (merged into `citizen` under `openData`). */
export const itCitizenOpenData = {
  title: "Dati aperti dei Centri per l'Impiego",
  intro:
    "Gli indicatori mensili di ciascun Centro per l'Impiego e della Regione: DID, primi contatti nei termini, patti, appuntamenti, offerte di lavoro e soddisfazione. Puoi consultarli qui o scaricarli e riusarli liberamente.",
  figures: 'Indicatori del mese',
  month: 'Mese',
  empty: 'Nessun dato per questo mese.',
  suppressed: 'dato oscurato',
  notAvailable: 'n.d.',
  suppressionRule:
    'per proteggere le persone, un valore che conta meno di {{threshold}} persone (< {{threshold}}) non è pubblicato; non lo sono neppure i valori da cui si potrebbe ricavarlo per differenza dal totale regionale. «n.d.» indica un dato non ancora raccolto.',
  table: {
    caption: 'Indicatori per CPI, {{month}}',
    office: "Centro per l'Impiego",
    region: 'Totale {{region}}',
  },
  fields: {
    dids: 'DID rilasciate',
    first_contacts_due: 'Primi contatti dovuti',
    first_contacts_in_window: 'Primi contatti nei termini',
    patti_signed: 'Patti firmati',
    median_days_to_patto: 'Giorni dalla DID al patto (mediana)',
    appointments: 'Appuntamenti',
    appointments_remote: 'Appuntamenti a distanza',
    no_shows: 'Assenze',
    attendance_recorded: 'Presenze registrate',
    conditionality_cases: 'Procedimenti di condizionalità',
    vacancies_published: 'Offerte pubblicate',
    vacancies_filled: 'Offerte coperte',
    median_days_to_fill: 'Giorni per coprire un’offerta (mediana)',
    satisfaction_answers: 'Risposte ai questionari',
    satisfaction_mean: 'Soddisfazione media (1–5)',
  },
  downloads: {
    title: 'Scarica i dati',
    csv: 'Indicatori in formato CSV',
    json: 'Indicatori in formato JSON',
    dictionary: 'Dizionario dei dati (JSON)',
    catalog: 'Metadati DCAT-AP_IT (JSON-LD)',
    licence: 'Licenza: {{licence}}.',
  },
  dictionary: {
    title: 'Dizionario dei dati',
    sources: '(Tabelle di origine: {{tables}}.)',
  },
};
