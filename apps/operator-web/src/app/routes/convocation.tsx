import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { hasPendingDelivery, useConvocation } from '../../features/agenda/api/use-convocation';
import { ConvocationDetails } from '../../features/agenda/components/convocation-details';
import { DeliveriesTable } from '../../features/agenda/components/deliveries-table';

/** /agenda/convocazioni/:convocationId: a convocation, the text as sent, and its deliveries (refreshed while queued). */
export function ConvocationRoute() {
  const { t } = useTranslation('operator');
  const { convocationId = '' } = useParams();
  const convocation = useConvocation(convocationId);
  const c = convocation.data;
  const title = c ? t('agenda.convocation.title', { name: c.citizenName }) : t('agenda.convocation.fallbackTitle');
  useDocumentTitle(title);
  const textId = useId();
  const deliveriesId = useId();

  return (
    <>
      <h1>{title}</h1>
      {convocation.isPending ? (
        <Loading />
      ) : convocation.isError ? (
        <ProblemAlert error={convocation.error} onRetry={() => void convocation.refetch()} />
      ) : (
        <>
          <ConvocationDetails convocation={convocation.data} />

          <section className="section-block" aria-labelledby={textId}>
            <h2 id={textId}>{t('agenda.convocation.text')}</h2>
            <pre className="convocation-text">{convocation.data.text}</pre>
          </section>

          <section className="section-block" aria-labelledby={deliveriesId}>
            <h2 id={deliveriesId}>{t('agenda.convocation.deliveries.title')}</h2>
            {hasPendingDelivery(convocation.data) && <p>{t('agenda.convocation.deliveries.pending')}</p>}
            <DeliveriesTable deliveries={convocation.data.deliveries ?? []} />
          </section>
        </>
      )}
    </>
  );
}
