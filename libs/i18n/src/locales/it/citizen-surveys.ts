/** Strings of the citizen SPA: the survey link page and "Valuta il servizio" (merged into `citizen` under `surveys`). */
export const itCitizenSurveys = {
  /** the link in "Il tuo percorso" of /profilo */
  nav: 'Valuta il servizio',
  title: 'Valuta il servizio',
  intro: "Dopo ogni servizio puoi dirci com'è andata. Rispondere non è obbligatorio e nei risultati la tua risposta non è collegata al tuo nome.",
  kinds: { appointment: 'Appuntamento', patto: 'Patto di servizio', certificate: 'Certificato', vacancy: 'Offerta di lavoro' },
  statuses: { open: 'Da valutare', answered: 'Valutato', expired: 'Chiuso' },
  list: {
    open: 'Da valutare',
    done: 'Già valutati o chiusi',
    empty: 'Non hai servizi da valutare.',
    emptyDone: 'Nessuno.',
    item: '{{service}} · {{office}} · {{date}}',
    answer: 'Valuta',
    view: 'Vedi la tua risposta',
  },
  page: {
    title: "Com'è andata?",
    service: 'Servizio: {{name}}',
    office: 'Ufficio: {{name}}',
    date: 'Data: {{date}}',
    optional: 'Rispondere non è obbligatorio. Ci vuole un minuto.',
  },
  rating: {
    legend: 'Quanto sei soddisfatto del servizio?',
    questionHint: 'Da 1 (per niente) a 5 (moltissimo)',
    levels: { '1': '1 – Per niente', '2': '2 – Poco', '3': '3 – Abbastanza', '4': '4 – Molto', '5': '5 – Moltissimo' },
    required: 'Scegli un voto da 1 a 5.',
  },
  form: {
    questions: 'Qualche domanda in più (facoltative)',
    comment: 'Un commento (facoltativo)',
    commentHint: 'Non scrivere dati personali: il commento arriva ai responsabili senza il tuo nome. Puoi ritirarlo quando vuoi.',
    commentTooLong: 'Al massimo 1000 caratteri.',
    submit: 'Invia la valutazione',
    submitting: 'Invio in corso…',
  },
  answered: {
    thanks: 'Grazie: la tua valutazione è stata registrata.',
    already: 'Avevi già risposto a questa valutazione: teniamo la prima risposta.',
    yourRating: 'Il tuo voto: {{rating}} su 5',
    yourComment: 'Il tuo commento: «{{comment}}»',
    withdrawn: 'Hai ritirato il commento.',
    withdraw: 'Ritira il commento',
    withdrawing: 'Ritiro in corso…',
  },
  invalid: {
    title: 'Il link non è valido',
    body: "Questo link di valutazione non esiste o non è più valido. Se hai effettuato l'accesso, trovi le valutazioni aperte in «Valuta il servizio».",
    expired: 'Questa valutazione è chiusa: non è più possibile rispondere.',
  },
};
