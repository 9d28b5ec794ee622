import { looksLikeFiscalCode } from '@opencpi/api-client';
import { TextField } from '@opencpi/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface CitizenSearchFormProps {
  initialValue: string;
  /** the field error of the last search, from problem+json (`/fiscalCode` or `/q`) */
  serverError?: string;
  onSearch: (text: string) => void;
  searching?: boolean;
}

/** "Codice fiscale o nome" + "Cerca". Checks only length and shape; the API validates the fiscal code itself. */
export function CitizenSearchForm({ initialValue, serverError, onSearch, searching = false }: CitizenSearchFormProps) {
  const { t } = useTranslation('operator');
  const [value, setValue] = useState(initialValue);
  const [localError, setLocalError] = useState<string | undefined>();

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = value.trim().replace(/\s+/g, ' ');
    if (text.length < 2) {
      setLocalError(t('search.tooShort'));
      return;
    }
    if (/\d/.test(text) && !looksLikeFiscalCode(text)) {
      // digits but not 16 characters: a fiscal code typed only in part (names have no digits)
      setLocalError(t('search.incompleteFiscalCode'));
      return;
    }
    setLocalError(undefined);
    onSearch(text);
  };

  return (
    <form role="search" aria-label={t('search.formLabel')} className="citizen-search-form" onSubmit={submit} noValidate>
      <div className="row">
        <div className="col-lg-9 col-xl-8">
          <TextField
            name="q"
            label={t('search.label')}
            hint={t('search.hint')}
            error={localError ?? serverError}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            maxLength={80}
            className="mb-0"
            addon={
              <button type="submit" className="btn btn-primary" aria-busy={searching}>
                {t('search.submit')}
              </button>
            }
          />
        </div>
      </div>
    </form>
  );
}
