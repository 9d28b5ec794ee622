import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMyPatti } from '../../features/patto/api/use-my-patti';
import { PattoView } from '../../features/patto/components/patto-view';
import '../../features/patto/patto.css';
import { RateServiceBlock } from '../../features/surveys/components/rate-service-block';

/** /patto: "Il mio patto di servizio", the current one (the first of my list), to read, sign and download. */
export function PattoRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('patto.title'));
  const patti = useMyPatti();
  const current = patti.data?.items[0];

  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('patto.title')}</h1>
        <p className="lead">{t('patto.intro')}</p>
        {patti.isPending ? (
          <Loading />
        ) : patti.isError ? (
          <ProblemAlert error={patti.error} onRetry={() => void patti.refetch()} />
        ) : !current ? (
          <>
            <p>{t('patto.none')}</p>
            <p>
              <Link to="/appuntamenti/prenota" className="btn btn-primary">
                {t('patto.book')}
              </Link>
            </p>
          </>
        ) : (
          <PattoView key={current.id} patto={current} />
        )}
        <RateServiceBlock serviceKind="patto" />
      </div>
    </div>
  );
}
