import { closeIvcValidation, takeChargeOfIvc, takeIvcAssessment } from '@opencpi/api-client';
import type { IvcCaseResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useIvcCaseStep } from '../api/use-ivc-case-step';

/**
 * The one-click steps the API offers the caller now (`actions`): take charge (guiding operator), assess this case
 * (assessor), close validation (the case's assessor, once every competence is judged). `onDone` gets the sentence to say.
 */
export function IvcCaseActions({ item, onDone }: { item: IvcCaseResponse; onDone: (message: string) => void }) {
  const { t } = useTranslation('operator');
  const takeCharge = useIvcCaseStep(item.id, (caseId: string) => takeChargeOfIvc(caseId));
  const takeAssessment = useIvcCaseStep(item.id, (caseId: string) => takeIvcAssessment(caseId));
  const close = useIvcCaseStep(item.id, (caseId: string) => closeIvcValidation(caseId));
  const error = takeCharge.error ?? takeAssessment.error ?? close.error;
  const run = (step: typeof close, message: string) => {
    if (step.isPending) return;
    step.mutate(undefined, { onSuccess: () => onDone(message) });
  };
  return (
    <>
      {error && <ProblemAlert error={error} />}
      {item.actions.includes('take_charge') && (
        <p>
          <button type="button" className="btn btn-primary" aria-busy={takeCharge.isPending} onClick={() => run(takeCharge, t('ivc.case.takenCharge'))}>
            {t('ivc.case.takeCharge')}
          </button>
        </p>
      )}
      {item.actions.includes('take_assessment') && (
        <p>
          <button type="button" className="btn btn-primary" aria-busy={takeAssessment.isPending} onClick={() => run(takeAssessment, t('ivc.case.tookAssessment'))}>
            {t('ivc.case.takeAssessment')}
          </button>
        </p>
      )}
      {item.actions.includes('close_validation') && (
        <div className="section-block">
          <p>{t('ivc.judgements.closeIntro')}</p>
          <button type="button" className="btn btn-primary" aria-busy={close.isPending} onClick={() => run(close, t('ivc.judgements.closed'))}>
            {t('ivc.judgements.close')}
          </button>
        </div>
      )}
    </>
  );
}
