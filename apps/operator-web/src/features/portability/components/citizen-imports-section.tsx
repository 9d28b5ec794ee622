import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitizenImports } from '../api/use-citizen-imports';
import { ImportsTable } from './imports-table';

/** On the person's page: the history imported from other regions, marked read-only (only when there is some). */
export function CitizenImportsSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const list = useCitizenImports(citizenId);
  if (list.isSuccess && list.data.items.length === 0) return null;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portability.person.title')}</h2>
      <p>{t('portability.person.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ImportsTable items={list.data.items} caption={t('portability.person.caption')} />
      )}
    </section>
  );
}
