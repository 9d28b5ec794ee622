import type { PersonOverviewResponse } from '@opencpi/contracts';
import { Loading, ProblemAlert } from '@opencpi/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { AgencyPathwaySection } from '../../agency-work/components/agency-pathway-section';
import { usePattoLabels } from '../../patto/hooks/use-patto-labels';
import { PlanSection } from './plan-section';

/** "Patto e piano": the patto's state (patto module) with its next step, the plan's activities, the agency pathway. */
export function PattoTab({ citizenId, overview }: { citizenId: string; overview: UseQueryResult<PersonOverviewResponse> }) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const headingId = useId();
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const { patto, profiling } = overview.data;
  return (
    <>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('person.patto.title')}</h2>
        {patto ? (
          <>
            <p>{t('person.patto.status', { status: labels.pattoStatus(patto.status) })}</p>
            <p>
              <Link to={paths.patto(patto.id)}>{t('person.patto.open')}</Link>
            </p>
          </>
        ) : null}
        {(!patto || patto.status === 'closed') &&
          (profiling?.chosenPathway ? (
            <p>
              <Link to={paths.newPatto(citizenId)} className="btn btn-primary">
                {t('person.patto.draft')}
              </Link>
            </p>
          ) : (
            <p>{t('person.patto.needsAssessment')}</p>
          ))}
        <p>
          <Link to={paths.pathway(citizenId)}>{t('dossier.pathway')}</Link>
        </p>
      </section>
      {/* the plan exists once the patto is signed (its actions, then the person's own activities) */}
      {patto && (patto.status === 'signed' || patto.status === 'amended') && <PlanSection citizenId={citizenId} />}
      <AgencyPathwaySection citizenId={citizenId} />
    </>
  );
}
