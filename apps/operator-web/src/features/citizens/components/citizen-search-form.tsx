import { citizenSearchParams } from '@opencpi/api-client';
import { SearchCitizensQuery } from '@opencpi/contracts/browser';
import { FormShell, FormTextField, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';

interface SearchValues {
  q: string;
}
/** The query the API gets: `fiscalCode` when the text looks like one, `q` (a name) otherwise. */
const toQuery = (v: SearchValues) => citizenSearchParams(v.q);
/** both parameters are the one search box */
const fieldOf = () => 'q';

export interface CitizenSearchFormProps {
  initialValue: string;
  /** the last search's error: its field errors (`/fiscalCode` or `/q`) are shown on the search box */
  serverError?: unknown;
  onSearch: (text: string) => void;
  searching?: boolean;
}

/** "Codice fiscale o nome" + "Cerca", checked by SearchCitizensQuery (a whole fiscal code with its check character, or at least 2 letters of a name). */
export function CitizenSearchForm({ initialValue, serverError, onSearch, searching = false }: CitizenSearchFormProps) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const form = useDtoForm<SearchValues, SearchCitizensQuery>({ dto: SearchCitizensQuery, toBody: toQuery, fieldOf, defaultValues: { q: initialValue }, serverError });

  const messages: FieldMessages = (_field, type, code) => {
    const text = form.getValues('q').trim();
    if (!code && text.length < 2) return t('search.tooShort');
    // digits but not a fiscal code: one typed only in part (names have no digits)
    if (!code && type === 'matches' && /\d/.test(text)) return t('search.incompleteFiscalCode');
    if (type === 'isFiscalCode') return tc('errors.fields.isFiscalCode');
    if (type === 'matches') return tc('errors.fields.matches');
    return type === 'isLength' || type === 'length' ? tc('errors.fields.length') : tc('errors.fields.default');
  };

  return (
    <FormShell
      form={form}
      role="search"
      aria-label={t('search.formLabel')}
      className="citizen-search-form"
      messages={messages}
      onValid={(values) => onSearch(values.q.trim().replace(/\s+/g, ' '))}
    >
      <div className="row">
        <div className="col-lg-9 col-xl-8">
          <FormTextField
            name="q"
            label={t('search.label')}
            hint={t('search.hint')}
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
    </FormShell>
  );
}
