import type { OpenDataResponse } from '@opencpi/contracts';
import { localeOf } from '@opencpi/i18n';
import { Loading, ProblemAlert, SelectField, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpenData } from '../../features/open-data/api/use-open-data';
import { OpenDataDictionary } from '../../features/open-data/components/open-data-dictionary';
import { OpenDataDownloads } from '../../features/open-data/components/open-data-downloads';
import { OpenDataTable } from '../../features/open-data/components/open-data-table';
import '../../features/open-data/open-data.css';

function useMonthLabel() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(localeOf(i18n.language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return format.format(new Date(Date.UTC(y, m - 1, 1)));
  };
}

/** The latest month with something published (a figure other than 0, or a suppressed cell); else the last month. */
function latestWithFigures(data: OpenDataResponse, newestFirst: readonly string[]): string {
  const counts = (m: string) => data.rows.some((r) => r.month === m && (r.suppressed.length > 0 || Object.values(r.values).some((v) => typeof v === 'number' && v !== 0)));
  return newestFirst.find(counts) ?? newestFirst[0] ?? '';
}

/** The figures month by month: a month to choose (the latest with figures first), its table and how small cells are hidden. */
function OpenDataFigures({ data }: { data: OpenDataResponse }) {
  const { t } = useTranslation('citizen');
  const monthLabel = useMonthLabel();
  const months = [...data.period.months].reverse();
  const [month, setMonth] = useState(() => latestWithFigures(data, months));
  return (
    <section className="mt-4" aria-labelledby="open-data-figures">
      <h2 id="open-data-figures">{t('openData.figures')}</h2>
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('openData.month')} value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {monthLabel(m)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <OpenDataTable month={month} monthLabel={monthLabel(month)} rows={data.rows} />
      <p id="oscuramento" className="open-data-note">
        <strong>{t('openData.suppressed')}</strong>: {t('openData.suppressionRule', { threshold: data.suppressionThreshold })}
      </p>
    </section>
  );
}

/** /dati-aperti (public, no login): monthly indicators per CPI, with their files, dictionary and DCAT-AP_IT metadata. */
export function OpenDataRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('openData.title'));
  const data = useOpenData();
  return (
    <>
      <h1>{t('openData.title')}</h1>
      <p className="lead">{t('openData.intro')}</p>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <ProblemAlert error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <OpenDataFigures data={data.data} />
          <OpenDataDownloads data={data.data} />
        </>
      )}
      <OpenDataDictionary />
    </>
  );
}
