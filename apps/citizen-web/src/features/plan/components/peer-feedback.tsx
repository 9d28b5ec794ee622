import type { PeerFeedbackResponse } from '@opencpi/contracts';
import { Callout } from 'design-react-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/** "Come stai andando": the median of applications of people like me this month, and mine. */
export function PeerFeedback({ peers }: { peers: PeerFeedbackResponse }) {
  const { t } = useTranslation('citizen');
  const { number } = useDates();
  const headingId = useId();
  return (
    <Callout color="note" tag="section" aria-labelledby={headingId} className="plan-peers">
      <h2 id={headingId} className="h4">
        {t('plan.peers.title')}
      </h2>
      <p className="mb-0">{t('plan.peers.text', { median: number(peers.medianApplications), mine: number(peers.myApplications) })}</p>
    </Callout>
  );
}
