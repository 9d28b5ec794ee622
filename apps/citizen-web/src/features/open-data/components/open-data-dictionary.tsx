import { isSupportedLocale } from '@opencpi/contracts/browser';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useOpenDataDictionary } from '../api/use-open-data-dictionary';

/** The data dictionary on the page: each field's name in the files and what it counts. */
export function OpenDataDictionary() {
  const { t, i18n } = useTranslation('citizen');
  const dictionary = useOpenDataDictionary();
  const base = i18n.language.split('-')[0];
  const language = isSupportedLocale(base) ? base : 'it'; // the dictionary defines each field in every language
  return (
    <section className="mt-5" aria-labelledby="open-data-dictionary">
      <h2 id="open-data-dictionary">{t('openData.dictionary.title')}</h2>
      {dictionary.isPending ? (
        <Loading />
      ) : dictionary.isError ? (
        <ProblemAlert error={dictionary.error} onRetry={() => void dictionary.refetch()} />
      ) : (
        <dl className="open-data-dictionary">
          {dictionary.data.fields.map((field) => (
            <div key={field.name}>
              <dt>
                <code>{field.name}</code>
              </dt>
              <dd>
                {field.description[language]}
                {field.sourceTables.length > 0 ? ` ${t('openData.dictionary.sources', { tables: field.sourceTables.join(', ') })}` : null}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
