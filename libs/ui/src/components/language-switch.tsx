import { SUPPORTED_LANGUAGES, isLanguage } from '@opencpi/i18n';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** `<select>` labelled "Lingua" / "Language"; the choice is saved and sets `<html lang>` (see createI18n). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'it';
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch__label">
        {t('layout.language')}
      </label>
      <select id={id} className="language-switch__select" value={current} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {SUPPORTED_LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`layout.languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
