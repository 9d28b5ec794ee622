import { Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { AgencyPathwaySection } from '../../features/agency-work/components/agency-pathway-section';
import { usePersonOverview } from '../../features/patto/api/use-person-overview';
import { ChannelSection } from '../../features/patto/components/channel-section';
import { DidSection } from '../../features/patto/components/did-section';
import { ProfilingSection } from '../../features/patto/components/profiling-section';
import { usePattoLabels } from '../../features/patto/hooks/use-patto-labels';
import { paths } from '../paths';

/**
 * /cittadini/:citizenId/percorso: the presa in carico of one person: DID and employment status, channel and needs,
 * profiling and qualitative assessment, the patto di servizio, and a link to the reserved area.
 */
export function PersonPathwayRoute() {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const { citizenId = '' } = useParams();
  const overview = usePersonOverview(citizenId);
  const person = overview.data;
  const title = person ? t('person.title', { name: person.name }) : t('person.fallbackTitle');
  useDocumentTitle(title);
  const pattoId = useId();
  const areaId = useId();

  return (
    <>
      <h1>{title}</h1>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <>
          <p>
            <span className="fiscal-code">{overview.data.fiscalCode}</span>
            {' · '}
            <Link to={paths.citizen(citizenId)}>{t('person.dossier', { name: overview.data.name })}</Link>
          </p>
          <DidSection person={overview.data} />
          <ChannelSection channel={overview.data.channel} />
          <ProfilingSection person={overview.data} />

          <section className="section-block" aria-labelledby={pattoId}>
            <h2 id={pattoId}>{t('person.patto.title')}</h2>
            {overview.data.patto && (
              <>
                <p>{t('person.patto.status', { status: labels.pattoStatus(overview.data.patto.status) })}</p>
                <p>
                  <Link to={paths.patto(overview.data.patto.id)}>{t('person.patto.open')}</Link>
                </p>
              </>
            )}
            {(!overview.data.patto || overview.data.patto.status === 'closed') &&
              (overview.data.profiling?.chosenPathway ? (
                <>
                  {overview.data.patto && <p>{t('person.patto.newAfterClose')}</p>}
                  <p>
                    <Link to={paths.newPatto(citizenId)} className="btn btn-primary">
                      {t('person.patto.draft')}
                    </Link>
                  </p>
                </>
              ) : (
                <p>{t('person.patto.needsAssessment')}</p>
              ))}
          </section>

          <AgencyPathwaySection citizenId={citizenId} />

          <section className="section-block" aria-labelledby={areaId}>
            <h2 id={areaId}>{t('person.reservedArea.title')}</h2>
            <p>
              <Link to={paths.reservedArea(citizenId)}>{t('person.reservedArea.link')}</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
