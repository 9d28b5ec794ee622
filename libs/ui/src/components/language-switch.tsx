import { APP_LANGUAGES, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, directionOf, isLanguage, type Language } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The languages an instance offers: its `supportedLngs` (set by createI18n from APP_LANGUAGES), in the usual order. */
function offeredLanguages(supported: readonly string[] | false | undefined): readonly Language[] {
  if (!supported) return APP_LANGUAGES.operator;
  return SUPPORTED_LANGUAGES.filter((lng) => supported.includes(lng));
}

/**
 * `<select>` labelled "Lingua" / "Language" with the languages of the app, each in its own name (Italiano, English,
 * العربية, Română, Українська); the choice is saved and sets `<html lang>` and `<html dir>` (see createI18n).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const offered = offeredLanguages(i18n.options.supportedLngs);
  const current = isLanguage(i18n.language) && offered.includes(i18n.language) ? i18n.language : 'it';
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        {t('layout.language')}
      </label>
      <select id={id} className="language-switch__select" value={current} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {offered.map((lng) => (
          <option key={lng} value={lng} lang={lng} dir={directionOf(lng)}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </div>
  );
}
