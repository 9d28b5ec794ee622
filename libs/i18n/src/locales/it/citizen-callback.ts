/** "Preferisco essere richiamato" on the help page. */
export const itCitizenCallback = {
  title: 'Preferisco essere richiamato',
  intro: 'Lasciaci il tuo numero: un operatore del tuo Centro per l’Impiego ti chiama negli orari di apertura, di solito entro due giorni lavorativi.',
  loginPrompt: 'Per chiedere di essere richiamato accedi con SPID o CIE, oppure telefona tu al tuo Centro.',
  phone: 'Numero di telefono',
  phoneHint: 'Per esempio 333 123 4567. Puoi scrivere anche un numero straniero con il prefisso, per esempio +40.',
  phoneInvalid: 'Scrivi un numero di telefono: solo cifre, da 6 a 15, con il + davanti se è straniero.',
  window: {
    legend: 'Quando preferisci essere chiamato',
    morning: 'Di mattina (9–13)',
    afternoon: 'Di pomeriggio (14–17)',
    any: 'Quando volete, negli orari di apertura',
  },
  topic: 'Di cosa vuoi parlare? (facoltativo)',
  topicHint: 'Bastano poche parole. Puoi scrivere anche nella tua lingua. Al massimo 500 caratteri.',
  submit: 'Chiedi di essere richiamato',
  submitting: 'Invio della richiesta…',
  open: 'Ti richiameremo al numero {{phone}} ({{window}}). Hai fatto la richiesta il {{date}}.',
  done: 'Ti abbiamo chiamato il {{date}}. Se hai ancora bisogno, puoi chiedere di nuovo.',
  noAnswer: 'Abbiamo provato a chiamarti il {{date}}, ma non hai risposto. Puoi chiedere di nuovo.',
};
