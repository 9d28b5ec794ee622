import { recordIvcExam } from '@opencpi/api-client';
import { IVC_EXAM_OUTCOMES, RecordIvcExamBody, type IvcExamOutcome } from '@opencpi/contracts/browser';
import { todayInRome } from '@opencpi/i18n';
import { FormDateField, FormRadioGroup, FormShell, FormTextareaField, FormTextField, ProblemAlert, useMutationForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIvcCaseStep } from '../api/use-ivc-case-step';

interface ExamValues {
  outcome: IvcExamOutcome | '';
  examDate: string;
  commissionRef: string;
  notes: string;
}
const toBody = (v: ExamValues): RecordIvcExamBody => ({
  outcome: v.outcome as IvcExamOutcome,
  examDate: v.examDate,
  commissionRef: v.commissionRef.trim(),
  ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
});
const check: CrossCheck<ExamValues> = (v) => (v.examDate > todayInRome() ? { examDate: 'notFuture' } : {});
const defaults = (): ExamValues => ({ outcome: '', examDate: todayInRome(), commissionRef: '', notes: '' });

/** "Esito dell'esame della commissione": passed (the certificato is issued) or failed, the date and the minutes' reference. */
export function ExamForm({ caseId, onDone }: { caseId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const record = useIvcCaseStep(caseId, recordIvcExam);
  const { form, submit } = useMutationForm({ dto: RecordIvcExamBody, toBody, defaults, mutation: record, check, onSaved: () => onDone(t('ivc.exam.done')) });
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'outcome') return t('ivc.exam.outcomeInvalid');
    if (field === 'examDate') return t('ivc.exam.dateInvalid');
    if (field === 'commissionRef') return t('ivc.exam.refInvalid');
    return undefined;
  };
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.exam.title')}</h2>
      <p>{t('ivc.exam.intro')}</p>
      <FormShell form={form} messages={messages} onValid={submit}>
        <FormRadioGroup<IvcExamOutcome>
          name="outcome"
          legend={t('ivc.exam.outcome')}
          inline
          options={IVC_EXAM_OUTCOMES.map((o) => ({ value: o, label: t(`ivc.exam.outcomes.${o}`) }))}
        />
        <div className="row">
          <div className="col-md-6">
            <FormDateField name="examDate" label={t('ivc.exam.examDate')} max={todayInRome()} />
          </div>
          <div className="col-md-6">
            <FormTextField name="commissionRef" label={t('ivc.exam.commissionRef')} autoComplete="off" />
          </div>
        </div>
        <FormTextareaField name="notes" label={t('ivc.exam.notes')} rows={2} />
        {record.isError && <ProblemAlert error={record.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={record.isPending}>
            {t('ivc.exam.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
