import type { SatisfactionCommentResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The period's comments: day, office, service, channel, rating, text; never who wrote them. */
export function CommentsTable({ items }: { items: SatisfactionCommentResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  if (items.length === 0) return <p>{t('surveys.comments.empty')}</p>;
  return (
    <div className="table-responsive">
      <table className="table">
        <caption>{t('surveys.comments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveys.comments.day')}</th>
            <th scope="col">{t('surveys.comments.office')}</th>
            <th scope="col">{t('surveys.comments.service')}</th>
            <th scope="col">{t('surveys.comments.channel')}</th>
            <th scope="col" className="text-end">
              {t('surveys.comments.rating')}
            </th>
            <th scope="col">{t('surveys.comments.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c, i) => (
            <tr key={`${c.answeredOn}-${i}`}>
              <td>{f.date(c.answeredOn) ?? c.answeredOn}</td>
              <td>{c.officeName}</td>
              <td>{t(`surveys.kinds.${c.serviceKind}`, { defaultValue: c.serviceKind })}</td>
              <td>{t(`surveys.channels.${c.channel}`, { defaultValue: c.channel })}</td>
              <td className="text-end">{c.rating}</td>
              <td>{c.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
