/** "Come vuoi ricevere i messaggi": channels, language of the messages, no messages that are not mandatory. */
export const itCitizenMessages = {
  nav: 'Come ricevi i messaggi',
  title: 'Come vuoi ricevere i messaggi',
  intro: 'Scegli dove ti scriviamo e in che lingua. Puoi cambiare idea quando vuoi.',
  channels: {
    legend: 'Dove vuoi ricevere i messaggi',
    hint: 'Scegli almeno uno: le convocazioni e le scadenze devono raggiungerti.',
    required: 'Scegli almeno un modo per ricevere i messaggi.',
    email: 'E-mail',
    sms: 'SMS',
    io: 'App IO',
  },
  locale: {
    legend: 'In che lingua vuoi i messaggi',
    it: 'Italiano',
    en: 'English',
    ar: 'العربية',
    ro: 'Română',
    uk: 'Українська',
  },
  optOut: {
    legend: 'Messaggi non obbligatori',
    label: 'Non voglio ricevere messaggi informativi (campagne del Centro per l’Impiego, questionari di gradimento)',
    hint: 'Riceverai comunque i messaggi obbligatori: convocazioni, appuntamenti, scadenze e decisioni che ti riguardano.',
  },
  quietHours: 'Di notte non ti scriviamo: i messaggi non urgenti arrivano dopo le {{end}} (ore di silenzio {{start}}–{{end}}).',
  submit: 'Salva le mie scelte',
  submitting: 'Salvataggio…',
  saved: 'Scelte salvate.',
  notSavedYet: 'Non hai ancora scelto: ti scriviamo per e-mail e SMS, in italiano.',
};
