import type { ConditionalityCaseResponse, ConfirmationOutcome } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isDecidable } from '../condizionalita-options';
import { ConfirmationForm } from './confirmation-form';
import { DecisionForm } from './decision-form';
import { DecisionSummary } from './decision-summary';

export interface DecisionSectionsProps {
  item: ConditionalityCaseResponse;
  isManager: boolean;
  onDecided: (updated: ConditionalityCaseResponse) => void;
  onConfirmed: (outcome: ConfirmationOutcome, updated: ConditionalityCaseResponse) => void;
}

/**
 * "Decisione": the form while the case can be decided, else the decision taken (who, when). Then, while a decision
 * waits for four eyes, "Conferma del responsabile": the form for a manager, a note for anyone else.
 */
export function DecisionSections({ item, isManager, onDecided, onConfirmed }: DecisionSectionsProps) {
  const { t } = useTranslation('operator');
  const decisionId = useId();
  const confirmationId = useId();
  const decidable = isDecidable(item.state);
  return (
    <>
      <section className="section-block" aria-labelledby={decisionId}>
        <h2 id={decisionId}>{t('condizionalita.case.decision.title')}</h2>
        {decidable ? (
          <DecisionForm key={item.state} item={item} labelledBy={decisionId} onDecided={onDecided} />
        ) : item.decision ? (
          <DecisionSummary decision={item.decision} />
        ) : (
          <p>{t('condizionalita.case.decision.notYet')}</p>
        )}
      </section>
      {item.state === 'pending_confirmation' && (
        <section className="section-block" aria-labelledby={confirmationId}>
          <h2 id={confirmationId}>{t('condizionalita.case.confirmation.title')}</h2>
          <p>{t('condizionalita.case.confirmation.waiting')}</p>
          {isManager ? <ConfirmationForm item={item} labelledBy={confirmationId} onDone={onConfirmed} /> : <p>{t('condizionalita.case.confirmation.notManager')}</p>}
        </section>
      )}
    </>
  );
}
