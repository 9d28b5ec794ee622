import { SUPPORTED_LOCALES, isSupportedLocale, type SupportedLocale } from '@opencpi/contracts';

/**
 * The one locale notion of the API: the language of a text the server writes for a person (messages, explanations,
 * service names, timeline summaries, PDFs). Every module's catalogue is keyed by it (`Record<Locale, …>`).
 */
export { SUPPORTED_LOCALES };
export type Locale = SupportedLocale;
export const DEFAULT_LOCALE: Locale = 'it';
export const isLocale = isSupportedLocale;

/** `value` when it is a supported locale (case and region ignored: "uk-UA" → uk), else Italian. */
export function toLocale(value: string | null | undefined): Locale {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}

/**
 * The best supported locale of an Accept-Language header (RFC 9110: weights, regions ignored), or undefined when
 * none is supported. `ua` is taken as Ukrainian (a frequent mistake for `uk`).
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { base } of ranked) {
    const candidate = base === 'ua' ? 'uk' : base;
    if (isLocale(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The language to write in for a person: the one they chose in their notification preferences; without one, the
 * request's Accept-Language (their browser); else Italian.
 */
export function resolveLocale(source: { preference?: string | null; acceptLanguage?: string | null }): Locale {
  if (source.preference && isLocale(source.preference)) return source.preference;
  return localeFromAcceptLanguage(source.acceptLanguage) ?? DEFAULT_LOCALE;
}

/**
 * A catalogue's entry in `locale`. The catalogue has every locale (the type requires it): a missing translation is a
 * compile error, never a silent fall back to English or Italian.
 */
export function inLocale<T>(byLocale: Record<Locale, T>, locale: Locale): T {
  return byLocale[locale];
}
