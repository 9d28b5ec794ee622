/**
 * The languages OpenCPI speaks to people, Italian first (the binding language): the citizen SPA's languages, and
 * those of messages and of the texts the API writes for a person, PDF documents included (CERTIFICATE_LOCALES and
 * PORTABILITY_LOCALES list the same five; a translated legal text says that the Italian one is binding).
 */
export const SUPPORTED_LOCALES = ['it', 'en', 'ar', 'ro', 'uk'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

export const isSupportedLocale = (value: unknown): value is SupportedLocale => typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
