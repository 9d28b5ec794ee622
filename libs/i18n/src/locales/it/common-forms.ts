/**
 * Shared by every form of both SPAs (@opencpi/ui fields): a message per kind of failed check (class-validator's
 * constraint in the browser, or the `constraint` of a problem+json `errors[]` entry), and the autocomplete's texts.
 */
export const itCommonForms = {
  errors: {
    date: 'Inserisci una data valida (giorno, mese e anno).',
    notPast: 'La data non può essere nel passato.',
    choose: "Scegli una delle opzioni dell'elenco.",
    length: 'Il testo è troppo corto o troppo lungo.',
    required: 'Questo campo è obbligatorio.',
    number: 'Inserisci un numero.',
    range: "Il valore è fuori dall'intervallo consentito.",
    format: 'Il formato non è corretto.',
    tooMany: 'Hai inserito troppe righe.',
    accept: 'Per continuare devi spuntare questa casella.',
    invalid: 'Il valore inserito non è valido.',
  },
  optional: 'Facoltativo',
  autocomplete: {
    suggestions: 'Suggerimenti',
    hint: "Scrivi almeno 2 lettere, poi scegli dall'elenco.",
    searching: 'Ricerca in corso…',
    failed: 'La ricerca non è riuscita: riprova tra poco.',
    none: 'Nessun risultato per «{{query}}».',
    count_one: '{{count}} risultato per «{{query}}»: usa le frecce per scorrerlo.',
    count_other: '{{count}} risultati per «{{query}}»: usa le frecce per scorrerli.',
    comune: '{{name}} ({{province}})',
  },
  rows: {
    add: 'Aggiungi',
    remove: 'Rimuovi',
  },
};
