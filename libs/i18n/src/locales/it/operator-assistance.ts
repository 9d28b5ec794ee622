/** The operators' list of people who asked to be called back. */
export const itOperatorAssistance = {
  title: 'Persone da richiamare',
  intro: 'Hanno chiesto di essere richiamate dalla pagina di aiuto. Prima le richieste più vecchie.',
  empty: 'Nessuna richiesta di richiamata aperta.',
  caption: 'Richieste di richiamata aperte dei tuoi Centri',
  columns: { person: 'Persona', phone: 'Telefono', window: 'Quando', topic: 'Argomento', requested: 'Richiesta il', actions: 'Esito' },
  window: { morning: 'Mattina', afternoon: 'Pomeriggio', any: 'Qualsiasi ora' },
  done: 'Chiamata fatta',
  noAnswer: 'Non risponde',
  doneFor: 'Chiamata fatta a {{name}}',
  noAnswerFor: '{{name}} non risponde',
  recorded: 'Esito registrato per {{name}}.',
};
