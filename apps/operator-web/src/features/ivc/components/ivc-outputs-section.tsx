import { ivcOutputPdfUrl } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcDates } from '../hooks/use-ivc-dates';

/** "Documenti rilasciati": the sealed PDFs of the case (transparency, validation, certificate), each to download. */
export function IvcOutputsSection({ item }: { item: IvcCaseResponse }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const day = useIvcDates();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.outputs.title')}</h2>
      {item.outputs.length === 0 ? (
        <p>{t('ivc.outputs.empty')}</p>
      ) : (
        <ul className="list-unstyled">
          {item.outputs.map((o) => {
            const kind = t(`ivc.outputs.kinds.${o.kind as 'transparency'}`);
            return (
              <li key={o.id} className="mb-2">
                <strong>{kind}</strong>, {t('ivc.outputs.issuedAt', { date: day(o.issuedAt) })}
                {o.hasBadge && <> · {t('ivc.outputs.badge')}</>} ·{' '}
                <a href={ivcOutputPdfUrl(o.id, 'operator')} download aria-label={t('ivc.outputs.downloadOf', { kind })}>
                  {t('ivc.outputs.download')}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
