import type { CandidateResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { InviteInterviewForm, type ShortlistRowProps } from './invite-interview-form';
import { RecordOutcomeForm } from './record-outcome-form';

/** The actions on one person of the shortlist, in a disclosure: invite to an interview, record the outcome. */
export function ShortlistActions({ vacancyId, candidate }: { vacancyId: string; candidate: CandidateResponse }) {
  const { t } = useTranslation('operator');
  if (!candidate.applicationId) return <>{t('matching.shortlist.noApplication')}</>;
  const props: ShortlistRowProps = { vacancyId, applicationId: candidate.applicationId, name: candidate.name };
  return (
    <details className="shortlist-actions">
      <summary>{t('matching.shortlist.actions', { name: candidate.name })}</summary>
      <div className="shortlist-actions__body">
        <InviteInterviewForm {...props} />
        <RecordOutcomeForm {...props} />
      </div>
    </details>
  );
}
