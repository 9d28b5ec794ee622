import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { useCitizenSearch } from '../../features/citizens/api/use-citizen-search';
import { citizenPaths, isDossierTab } from '../../features/citizens/citizen-paths';
import { paths } from '../paths';

/**
 * /cittadini/codice-fiscale/:fiscalCode[?tab=]: the dossier of the person with this fiscal code, for lists that know
 * only the fiscal code (agenda, invitations, convocations): found by a search of the operator's offices, then replaced
 * by /cittadini/:citizenId.
 */
export function CitizenByFiscalCodeRoute() {
  const { t } = useTranslation('operator');
  useDocumentTitle(t('dossierView.byFiscalCode.title'));
  const { fiscalCode = '' } = useParams();
  const [params] = useSearchParams();
  const tab = params.get('tab');
  const search = useCitizenSearch(fiscalCode ? { fiscalCode: fiscalCode.toUpperCase() } : undefined);
  const found = search.data?.items[0];

  if (found) return <Navigate replace to={citizenPaths.dossier(found.id, isDossierTab(tab) ? tab : undefined)} />;
  return (
    <>
      <h1>{t('dossierView.byFiscalCode.title')}</h1>
      {search.isPending ? (
        <Loading />
      ) : search.isError ? (
        <ProblemAlert error={search.error} onRetry={() => void search.refetch()} />
      ) : (
        <>
          <p>{t('dossierView.byFiscalCode.notFound')}</p>
          <p>
            <Link to={paths.citizens}>{t('dossier.back')}</Link>
          </p>
        </>
      )}
    </>
  );
}
