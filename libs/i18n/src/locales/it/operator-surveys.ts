/** Strings of the operator SPA: the satisfaction results of /soddisfazione (merged into `operator` under `surveys`). */
export const itOperatorSurveys = {
  nav: 'Soddisfazione',
  title: 'Soddisfazione degli utenti',
  intro:
    'Le valutazioni che cittadini e imprese danno dopo ogni servizio: numero di risposte e voto medio (da 1 a 5). I commenti sono mostrati senza il nome di chi li ha scritti.',
  managersOnly: "I risultati sono visibili solo ai responsabili dei Centri per l'Impiego e agli amministratori regionali.",
  filter: {
    label: 'Filtra i risultati',
    from: 'Dal',
    to: 'Al',
    groupBy: 'Raggruppa per',
    apply: 'Mostra',
    order: 'La data di fine viene prima di quella di inizio.',
  },
  groupBy: { office: 'Ufficio', service: 'Servizio', channel: 'Canale', month: 'Mese' },
  kinds: { appointment: 'Appuntamento', patto: 'Patto di servizio', certificate: 'Certificato', vacancy: 'Offerta di lavoro' },
  channels: { in_person: 'In presenza', phone: 'Telefono', video: 'Videochiamata', online: 'Online', unspecified: 'Non indicato' },
  table: {
    caption: 'Risultati per {{groupBy}}, dal {{from}} al {{to}}',
    answers: 'Risposte',
    mean: 'Voto medio',
    counts: 'Voti 1 / 2 / 3 / 4 / 5',
    total: 'Totale',
    empty: 'Nessuna risposta nel periodo.',
  },
  comments: {
    title: 'Commenti',
    caption: "Commenti del periodo, senza l'identità di chi li ha scritti",
    day: 'Giorno',
    office: 'Ufficio',
    service: 'Servizio',
    channel: 'Canale',
    rating: 'Voto',
    comment: 'Commento',
    empty: 'Nessun commento nel periodo.',
  },
};
