/** Server-side words of campaign messages, by the person's language (the message's own text is the campaign's, in both). */
export const CAMPAIGN_TEXTS = {
  bookLine: { it: 'Scelga il suo appuntamento entro il {{lastDay}}: {{link}}', en: 'Choose your appointment by {{lastDay}}: {{link}}' },
} as const;

/** The booking line of an invitation campaign's message, in both languages. */
export function bookLine(link: string, lastDay: string): { it: string; en: string } {
  const fill = (s: string) => s.replace('{{link}}', link).replace('{{lastDay}}', lastDay);
  return { it: fill(CAMPAIGN_TEXTS.bookLine.it), en: fill(CAMPAIGN_TEXTS.bookLine.en) };
}
