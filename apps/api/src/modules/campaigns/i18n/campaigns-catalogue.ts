import type { Locale } from '../../../platform/i18n/locale';

/** Server-side words of campaign messages, by the person's language (the message's own text is the campaign's). */
export const CAMPAIGN_TEXTS = {
  bookLine: {
    it: 'Scelga il suo appuntamento entro il {{lastDay}}: {{link}}',
    en: 'Choose your appointment by {{lastDay}}: {{link}}',
    ar: 'اختر موعدك قبل {{lastDay}}: {{link}}',
    ro: 'Alege-ți programarea până la {{lastDay}}: {{link}}',
    uk: 'Оберіть час зустрічі до {{lastDay}}: {{link}}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/** The booking line of an invitation campaign's message, in every language. */
export function bookLine(link: string, lastDay: string): Record<Locale, string> {
  const fill = (s: string) => s.replace('{{link}}', link).replace('{{lastDay}}', lastDay);
  const t = CAMPAIGN_TEXTS.bookLine;
  return { it: fill(t.it), en: fill(t.en), ar: fill(t.ar), ro: fill(t.ro), uk: fill(t.uk) };
}

/* The campaign's own words (Italian, English, and Arabic, Romanian, Ukrainian when the office wrote them) are not the
 * API's: domain/message-languages.ts picks them by the reader's language. */
