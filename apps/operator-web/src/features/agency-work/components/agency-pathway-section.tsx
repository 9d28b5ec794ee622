import type { AgencyPathwayResponse, AssignmentResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { Loading, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencyPathway } from '../api/use-agency-pathway';
import { useAgencyWorkLabels } from '../hooks/use-agency-work-labels';
import { AgencyServicesTable, SapSection6Table } from './agency-pathway-tables';
import { AssignAgencyForm } from './assign-agency-form';

/** One assignment: agency, status, origin, dates and the outcome (codes worded from the catalogue). */
function AssignmentItem({ a }: { a: AssignmentResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const l = useAgencyWorkLabels();
  return (
    <li className="mb-3">
      <h3 className="h6 mb-1">{t('agencyWork.assignment.heading', { agency: a.agencyName ?? a.agencyId })}</h3>
      <ul className="list-unstyled mb-0">
        <li>{t('agencyWork.assignment.status', { status: l.status(a.status) })}</li>
        <li>{t('agencyWork.assignment.source', { source: l.source(a.source) })}</li>
        <li>{t('agencyWork.assignment.assignedOn', { date: f.date(a.assignedOn) })}</li>
        {a.takenInChargeOn && <li>{t('agencyWork.assignment.takenInChargeOn', { date: f.date(a.takenInChargeOn) })}</li>}
        {a.endedOn && <li>{t('agencyWork.assignment.endedOn', { date: f.date(a.endedOn) })}</li>}
        {a.outcome?.kind === 'hired' && (
          <li>
            {t('agencyWork.assignment.outcomeHired', { contract: l.contract(a.outcome.contractType), employer: a.outcome.employerName ?? '', date: f.date(a.outcome.startDate) })}
          </li>
        )}
        {a.outcome?.kind === 'closed' && <li>{t('agencyWork.assignment.outcomeClosed', { reason: l.reason(a.outcome.reason) })}</li>}
      </ul>
    </li>
  );
}

function PathwayBody({ citizenId, data }: { citizenId: string; data: AgencyPathwayResponse }) {
  const { t } = useTranslation('operator');
  return (
    <>
      {data.assignments.length === 0 ? (
        <p>{t('agencyWork.none')}</p>
      ) : (
        <>
          <ul className="list-unstyled">
            {data.assignments.map((a) => (
              <AssignmentItem key={a.id} a={a} />
            ))}
          </ul>
          <AgencyServicesTable services={data.services} />
          <SapSection6Table rows={data.sapSection6} />
        </>
      )}
      <AssignAgencyForm citizenId={citizenId} agencies={data.assignableAgencies} />
    </>
  );
}

/** "Agenzie per il lavoro" on the person's pathway page: what accredited agencies did for this person. */
export function AgencyPathwaySection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const pathway = useAgencyPathway(citizenId);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('agencyWork.title')}</h2>
      <p>{t('agencyWork.intro')}</p>
      {pathway.isPending ? (
        <Loading />
      ) : pathway.isError ? (
        <ProblemAlert error={pathway.error} onRetry={() => void pathway.refetch()} />
      ) : (
        <PathwayBody citizenId={citizenId} data={pathway.data} />
      )}
    </section>
  );
}
