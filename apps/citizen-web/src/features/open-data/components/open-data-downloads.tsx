import type { OpenDataResponse } from '@opencpi/contracts';
import { openDataJsonUrl } from '@opencpi/api-client';
import { useTranslation } from 'react-i18next';

/** The files of the open data (CSV, JSON), the data dictionary and the DCAT-AP_IT metadata, as the API names them. */
export function OpenDataDownloads({ data }: { data: OpenDataResponse }) {
  const { t } = useTranslation('citizen');
  return (
    <section className="mt-4" aria-labelledby="open-data-downloads">
      <h2 id="open-data-downloads">{t('openData.downloads.title')}</h2>
      <ul className="open-data-downloads">
        <li>
          <a href={data.csvUrl} download>
            {t('openData.downloads.csv')}
          </a>
        </li>
        <li>
          <a href={openDataJsonUrl()} download>
            {t('openData.downloads.json')}
          </a>
        </li>
        <li>
          <a href={data.dictionaryUrl}>{t('openData.downloads.dictionary')}</a>
        </li>
        <li>
          <a href={data.catalogUrl}>{t('openData.downloads.catalog')}</a>
        </li>
      </ul>
      <p>{t('openData.downloads.licence', { licence: data.licence })}</p>
    </section>
  );
}
