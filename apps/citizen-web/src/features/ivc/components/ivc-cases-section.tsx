import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyIvcCases } from '../api/use-my-ivc-cases';
import { IvcCaseItem } from './ivc-case-item';

/** "Le mie richieste": my requests for validation, newest first, each with its phase and documents. */
export function IvcCasesSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const list = useMyIvcCases();
  const items = list.data?.items ?? [];
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.list.title')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('ivc.list.empty')}</p>
      ) : (
        <ul className="list-unstyled">
          {items.map((c) => (
            <IvcCaseItem key={c.id} c={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
