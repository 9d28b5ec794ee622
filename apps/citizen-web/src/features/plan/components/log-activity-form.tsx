import type { OwnActivityKind } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '../../forms/components/file-field';
import { TextareaField } from '../../forms/components/textarea-field';
import { ACCEPTED_FILES, fileProblem } from '../../forms/file-checks';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { StatusMessage } from '../../shared/components/status-message';
import { todayInItaly } from '../../shared/hooks/use-dates';
import { useLogActivity } from '../api/use-log-activity';
import { useUploadPlanProof } from '../api/use-upload-plan-proof';
import { OWN_ACTIVITY_KINDS, isOwnActivityKind } from '../plan-labels';

/**
 * "Registra un'attività": kind, description, employer, date (today by default), notes and an optional proof file.
 * The activity is recorded first, then its proof uploaded; "Attività registrata." is said in a status box.
 */
export function LogActivityForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const log = useLogActivity();
  const upload = useUploadPlanProof();
  const serverError = useApiFieldErrors(log.error);

  const [kind, setKind] = useState<OwnActivityKind>('application');
  const [title, setTitle] = useState('');
  const [employer, setEmployer] = useState('');
  const [date, setDate] = useState(todayInItaly);
  const [notes, setNotes] = useState('');
  const [file, setFile] = useState<File | undefined>();
  // a new key empties the file input after a successful submit
  const [fileInputKey, setFileInputKey] = useState(0);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<'done' | 'proofFailed' | undefined>();
  const [proofProblem, setProofProblem] = useState<unknown>();
  const busy = log.isPending || upload.isPending;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setOutcome(undefined);
    setProofProblem(undefined);
    const nextTitleError = title.trim().length < 3 ? t('plan.form.descriptionRequired') : undefined;
    const problem = file ? fileProblem(file) : undefined;
    const nextFileError = problem ? t(`forms.errors.${problem}`) : undefined;
    setTitleError(nextTitleError);
    setFileError(nextFileError);
    if (nextTitleError || nextFileError) {
      log.reset();
      focusFirstInvalid(form.current);
      return;
    }
    let itemId: string;
    try {
      const item = await log.mutateAsync({
        kind,
        title: title.trim(),
        date,
        ...(employer.trim() ? { employer: employer.trim() } : {}),
        ...(notes.trim() ? { notes: notes.trim() } : {}),
      });
      itemId = item.id;
    } catch {
      focusFirstInvalid(form.current);
      return;
    }
    let proofFailed = false;
    if (file) {
      try {
        await upload.mutateAsync({ itemId, file });
      } catch (error) {
        proofFailed = true;
        setProofProblem(error);
      }
    }
    setTitle('');
    setEmployer('');
    setNotes('');
    setDate(todayInItaly());
    setFile(undefined);
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
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          label={t('plan.form.kind')}
          value={kind}
          onChange={(e) => {
            if (isOwnActivityKind(e.target.value)) setKind(e.target.value);
          }}
          error={serverError('/kind')}
        >
          {OWN_ACTIVITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`plan.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('plan.form.description')}
          hint={t('plan.form.descriptionHint')}
          value={title}
          maxLength={200}
          onChange={(e) => {
            setTitle(e.target.value);
            setTitleError(undefined);
          }}
          error={titleError ?? serverError('/title')}
        />
        <TextField
          label={t('plan.form.employer')}
          value={employer}
          maxLength={200}
          onChange={(e) => setEmployer(e.target.value)}
          error={serverError('/employer')}
        />
        <TextField
          type="date"
          label={t('plan.form.date')}
          value={date}
          max={todayInItaly()}
          onChange={(e) => setDate(e.target.value)}
          error={serverError('/date')}
        />
        <TextareaField
          label={t('plan.form.notes')}
          value={notes}
          rows={3}
          maxLength={1000}
          onChange={(e) => setNotes(e.target.value)}
          error={serverError('/notes')}
        />
        <FileField
          key={fileInputKey}
          label={t('plan.form.proof')}
          hint={t('plan.form.proofHint')}
          accept={ACCEPTED_FILES}
          onFileChange={(chosen) => {
            setFile(chosen);
            setFileError(undefined);
          }}
          error={fileError}
        />
        {log.isError && <ProblemAlert error={log.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={busy}>
            {busy ? t('plan.form.submitting') : t('plan.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
