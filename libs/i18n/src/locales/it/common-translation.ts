/**
 * A text shown in a language other than Italian where only the Italian is binding (the patto, the legal pages): the
 * notice and the switch to the Italian text. Never shown in Italian, but Italian is the source of every key.
 */
export const itCommonTranslation = {
  notice: 'Questa è una traduzione: fa fede il testo in italiano.',
  showItalian: 'Leggi il testo in italiano',
  showTranslation: 'Torna alla traduzione',
  italianShown: 'Stai leggendo il testo in italiano, quello che fa fede.',
};
