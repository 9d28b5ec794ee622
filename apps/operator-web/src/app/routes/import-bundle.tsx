import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useImports } from '../../features/portability/api/use-imports';
import { ImportBundleForm } from '../../features/portability/components/import-bundle-form';
import { ImportsTable } from '../../features/portability/components/imports-table';

/** /importa-fascicolo: a person moving here brings the signed bundle of their old region; the imports of my offices. */
export function ImportBundleRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('portability.import.title'));
  const list = useImports();
  const listId = useId();
  return (
    <>
      <h1>{t('portability.import.title')}</h1>
      <p className="lead">{t('portability.import.intro')}</p>
      <ImportBundleForm />
      <section className="section-block" aria-labelledby={listId}>
        <h2 id={listId}>{t('portability.list.title')}</h2>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <p>{t('portability.list.empty')}</p>
        ) : (
          <ImportsTable items={list.data.items} caption={t('portability.list.caption')} />
        )}
      </section>
    </>
  );
}
