import type { OwnActivityKind } from '@opencpi/contracts';
import { LogActivityBody } from '@opencpi/contracts/browser';
import { todayInRome } from '@opencpi/i18n';
import {
  DOCUMENT_ACCEPT,
  documentFileProblem,
  FormDateField,
  FormFileField,
  FormSelectField,
  FormShell,
  FormTextareaField,
  FormTextField,
  ProblemAlert,
  StatusMessage,
  useDtoForm,
  type FieldMessages,
} from '@opencpi/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogActivity } from '../api/use-log-activity';
import { useUploadPlanProof } from '../api/use-upload-plan-proof';
import { OWN_ACTIVITY_KINDS, usePlanLabels } from '../plan-labels';

interface ActivityValues {
  kind: OwnActivityKind;
  title: string;
  employer: string;
  date: string;
  notes: string;
  /** the proof, uploaded once the activity is recorded (not part of the body) */
  proof: File | undefined;
}
const defaults = (): ActivityValues => ({ kind: 'application', title: '', employer: '', date: todayInRome(), notes: '', proof: undefined });
const toBody = (v: ActivityValues): LogActivityBody => ({
  kind: v.kind,
  title: v.title.trim(),
  date: v.date,
  ...(v.employer.trim() ? { employer: v.employer.trim() } : {}),
  ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
});

/**
 * "Registra un'attività": kind, description, employer, date (today by default), notes and an optional proof file
 * (LogActivityBody's limits; the proof checked as a document). The activity is recorded first, then its proof
 * uploaded; "Attività registrata." is said in a status box.
 */
export function LogActivityForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const log = useLogActivity();
  const upload = useUploadPlanProof();
  const labels = usePlanLabels();
  const form = useDtoForm<ActivityValues, LogActivityBody>({ dto: LogActivityBody, toBody, defaultValues: defaults(), serverError: log.error });
  const [outcome, setOutcome] = useState<'done' | 'proofFailed' | undefined>();
  const [proofProblem, setProofProblem] = useState<unknown>();
  // a new key empties the file input after a successful submit
  const [fileInputKey, setFileInputKey] = useState(0);
  const busy = log.isPending || upload.isPending;
  const messages: FieldMessages = (field, type) => {
    if (field === 'title' && type !== 'server') return t('plan.form.descriptionRequired');
    if (field === 'proof' && (type === 'fileType' || type === 'fileTooLarge')) return t(`forms.errors.${type}`);
    return undefined;
  };

  const record = async (values: ActivityValues) => {
    if (busy) return;
    setOutcome(undefined);
    setProofProblem(undefined);
    const problem = values.proof ? documentFileProblem(values.proof) : undefined;
    if (problem) {
      form.setError('proof', { type: problem }, { shouldFocus: true });
      return;
    }
    const item = await log.mutateAsync(toBody(values)).catch(() => undefined);
    if (!item) return;
    let proofFailed = false;
    if (values.proof) {
      await upload.mutateAsync({ itemId: item.id, file: values.proof }).catch((error: unknown) => {
        proofFailed = true;
        setProofProblem(error);
      });
    }
    form.reset(defaults());
    setFileInputKey((k) => k + 1);
    setOutcome(proofFailed ? 'proofFailed' : 'done');
  };

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.form.title')}</h2>
      <StatusMessage>{outcome ? <p>{t('plan.form.done')}</p> : undefined}</StatusMessage>
      {outcome === 'proofFailed' && (
        <ProblemAlert error={proofProblem}>
          <p className="mb-0 mt-2">{t('plan.form.proofFailed')}</p>
        </ProblemAlert>
      )}
      <FormShell form={form} messages={messages} onValid={record}>
        <FormSelectField name="kind" label={t('plan.form.kind')}>
          {OWN_ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {labels.kind(k)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField name="title" label={t('plan.form.description')} hint={t('plan.form.descriptionHint')} />
        <FormTextField name="employer" label={t('plan.form.employer')} />
        <FormDateField name="date" label={t('plan.form.date')} max={todayInRome()} />
        <FormTextareaField name="notes" label={t('plan.form.notes')} rows={3} />
        <FormFileField key={fileInputKey} name="proof" label={t('plan.form.proof')} hint={t('plan.form.proofHint')} accept={DOCUMENT_ACCEPT} />
        {log.isError && <ProblemAlert error={log.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={busy}>
            {busy ? t('plan.form.submitting') : t('plan.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
