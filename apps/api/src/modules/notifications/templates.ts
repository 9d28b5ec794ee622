/**
 * Message templates, Italian and English, with {{variables}}. Plain text on purpose: it reads the same in
 * e-mail, SMS and App IO, and works on any phone.
 */
export const TEMPLATES = {
  'appointment.confirmed': {
    it: { subject: 'Appuntamento confermato: {{service}}', body: 'Gentile {{name}},\nil suo appuntamento "{{service}}" presso {{office}} è confermato per {{date}} alle {{time}} ({{channel}}).\nPuò spostarlo o annullarlo da qui: {{link}}\nSe ha bisogno di aiuto, chiami {{phone}}.' },
    en: { subject: 'Appointment confirmed: {{service}}', body: 'Dear {{name}},\nyour appointment "{{service}}" at {{office}} is confirmed for {{date}} at {{time}} ({{channel}}).\nYou can move or cancel it here: {{link}}\nIf you need help, call {{phone}}.' },
  },
  'appointment.cancelled': {
    it: { subject: 'Appuntamento annullato: {{service}}', body: 'Gentile {{name}},\nil suo appuntamento "{{service}}" del {{date}} alle {{time}} è stato annullato.\nPuò prenotarne un altro qui: {{link}}' },
    en: { subject: 'Appointment cancelled: {{service}}', body: 'Dear {{name}},\nyour appointment "{{service}}" on {{date}} at {{time}} has been cancelled.\nYou can book another one here: {{link}}' },
  },
  'appointment.reminder': {
    it: { subject: 'Promemoria: {{service}} {{when}}', body: 'Gentile {{name}},\nle ricordiamo l\'appuntamento "{{service}}" presso {{office}} il {{date}} alle {{time}} ({{channel}}).\nNon può venire? Lo sposti o lo annulli qui: {{link}}' },
    en: { subject: 'Reminder: {{service}} {{when}}', body: 'Dear {{name}},\nthis is a reminder of your appointment "{{service}}" at {{office}} on {{date}} at {{time}} ({{channel}}).\nCan\'t make it? Move or cancel it here: {{link}}' },
  },
  'appointment.recall': {
    it: { subject: 'Ci sarà? {{service}} il {{date}} alle {{time}}', body: 'Gentile {{name}},\nle ricordiamo l\'appuntamento "{{service}}" presso {{office}} il {{date}} alle {{time}} ({{channel}}).\nCi sarà? Risponda con un clic, senza accedere: {{recall}}\nSe non può venire, la sua risposta libera il posto per un\'altra persona.' },
    en: { subject: 'Will you come? {{service}} on {{date}} at {{time}}', body: 'Dear {{name}},\nthis is a reminder of your appointment "{{service}}" at {{office}} on {{date}} at {{time}} ({{channel}}).\nWill you come? Answer with one click, no login needed: {{recall}}\nIf you cannot come, your answer frees the place for someone else.' },
  },
  'appointment.cancelled_by_office': {
    it: { subject: 'Appuntamento annullato dal Centro per l\'Impiego: {{service}}', body: 'Gentile {{name}},\nil Centro per l\'Impiego ha annullato il suo appuntamento "{{service}}" del {{date}} alle {{time}}.\nMotivo: {{reason}}\nPuò prenotarne un altro qui: {{link}}' },
    en: { subject: 'Appointment cancelled by the employment centre: {{service}}', body: 'Dear {{name}},\nthe employment centre has cancelled your appointment "{{service}}" on {{date}} at {{time}}.\nReason: {{reason}}\nYou can book another one here: {{link}}' },
  },
  'invitation.sent': {
    it: { subject: 'Scelga quando venire: {{service}}', body: 'Gentile {{name}},\nil {{office}} la invita a prenotare un appuntamento "{{service}}".\nScelga il giorno e l\'ora che preferisce entro il {{expires}}, senza bisogno di accedere: {{link}}\nPreferisce venire di persona o ha bisogno di aiuto? Chiami {{phone}}.' },
    en: { subject: 'Choose when to come: {{service}}', body: 'Dear {{name}},\n{{office}} invites you to book an appointment "{{service}}".\nChoose the day and time you prefer by {{expires}}, no login needed: {{link}}\nWould you rather come in person, or do you need help? Call {{phone}}.' },
  },
  'invitation.reminder': {
    it: { subject: 'Promemoria: scelga quando venire ({{service}})', body: 'Gentile {{name}},\nnon ha ancora scelto l\'appuntamento "{{service}}" presso {{office}}. Può farlo entro il {{expires}} qui: {{link}}\nSe ha bisogno di aiuto, chiami {{phone}}.' },
    en: { subject: 'Reminder: choose when to come ({{service}})', body: 'Dear {{name}},\nyou have not yet chosen your appointment "{{service}}" at {{office}}. You can do it by {{expires}} here: {{link}}\nIf you need help, call {{phone}}.' },
  },
  'convocation.sent': {
    it: { subject: 'Convocazione: {{service}} il {{date}} alle {{time}}', body: '{{text}}\n\nConfermi di averla ricevuta qui: {{link}}' },
    en: { subject: 'Convocation: {{service}} on {{date}} at {{time}}', body: '{{text}}\n\nPlease confirm you received it here: {{link}}' },
  },
} as const satisfies Record<string, Record<'it' | 'en', { subject: string; body: string }>>;

export type TemplateName = keyof typeof TEMPLATES;

export function render(template: TemplateName, locale: string, vars: Record<string, string>): { subject: string; body: string } {
  const t = TEMPLATES[template][locale === 'en' ? 'en' : 'it'];
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  return { subject: fill(t.subject), body: fill(t.body) };
}
