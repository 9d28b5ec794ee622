import { directionOf } from '@opencpi/i18n';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * For a text where only the Italian is binding (the patto, the legal pages): in any other language, whether the
 * person chose to read the Italian text, and the switch to it. In Italian there is nothing to switch.
 */
export function useBindingItalian() {
  const { i18n } = useTranslation();
  const [italian, setItalian] = useState(false);
  const translated = i18n.resolvedLanguage !== 'it';
  const showItalian = translated && italian;
  return {
    /** the UI is in another language than Italian: show the notice */
    translated,
    /** the person asked for the Italian text */
    showItalian,
    /** the language to write the text in: Italian when asked for, else the UI's */
    language: showItalian ? 'it' : (i18n.resolvedLanguage ?? 'it'),
    toggle: () => setItalian((v) => !v),
  };
}

/**
 * "This is a translation; the Italian text is the binding one", with a button to read the Italian text and back
 * (nothing in Italian). Put the text itself in `<BindingText>` so that it is marked `lang="it"` when shown in Italian.
 */
export function BindingTranslationNotice({ binding }: { binding: ReturnType<typeof useBindingItalian> }) {
  const { t } = useTranslation();
  if (!binding.translated) return null;
  return (
    <div className="binding-translation alert alert-info d-flex flex-wrap align-items-center gap-2" role="note">
      <span className="flex-grow-1">{binding.showItalian ? t('translation.italianShown') : t('translation.notice')}</span>
      <button type="button" className="btn btn-outline-primary btn-sm" aria-pressed={binding.showItalian} onClick={binding.toggle}>
        {binding.showItalian ? t('translation.showTranslation') : t('translation.showItalian')}
      </button>
    </div>
  );
}

/** The text of a binding document, in the language `binding` says (marked with its `lang` and direction). */
export function BindingText({ binding, children }: { binding: ReturnType<typeof useBindingItalian>; children: ReactNode }) {
  return (
    <div lang={binding.language} dir={directionOf(binding.language)}>
      {children}
    </div>
  );
}
