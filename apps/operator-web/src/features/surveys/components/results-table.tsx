import type { SatisfactionGroupBy, SatisfactionResultsResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The results as a table: one row per group (office, service, channel or month), answers, mean rating, rating counts, total. */
export function ResultsTable({ results }: { results: SatisfactionResultsResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labelOf = (key: string, label?: string): string => {
    if (results.groupBy === 'service') return t(`surveys.kinds.${key}`, { defaultValue: key });
    if (results.groupBy === 'channel') return t(`surveys.channels.${key}`, { defaultValue: key });
    return label ?? key;
  };
  const groupBy = results.groupBy as SatisfactionGroupBy;
  const mean = (m?: number) => (m === undefined ? '–' : m.toLocaleString(f.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  if (results.rows.length === 0) return <p>{t('surveys.table.empty')}</p>;
  return (
    <div className="table-responsive">
      <table className="table">
        <caption>
          {t('surveys.table.caption', { groupBy: t(`surveys.groupBy.${groupBy}`).toLowerCase(), from: f.date(results.from) ?? results.from, to: f.date(results.to) ?? results.to })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(`surveys.groupBy.${groupBy}`)}</th>
            <th scope="col" className="text-end">
              {t('surveys.table.answers')}
            </th>
            <th scope="col" className="text-end">
              {t('surveys.table.mean')}
            </th>
            <th scope="col" className="text-end">
              {t('surveys.table.counts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{labelOf(r.key, r.label)}</th>
              <td className="text-end">{r.answers}</td>
              <td className="text-end">{mean(r.meanRating)}</td>
              <td className="text-end">{r.ratingCounts.join(' / ')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('surveys.table.total')}</th>
            <td className="text-end">{results.totalAnswers}</td>
            <td className="text-end">{mean(results.meanRating)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
