import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { SubmitJustificationBody } from '@opencpi/contracts/browser';
import { FormSelectField, FormShell, FormTextareaField, focusFirstInvalid, ProblemAlert, useDtoForm, useFieldError, useProblemMessage } from '@opencpi/ui';
import { useEffect, useId } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSubmitJustification } from '../api/use-submit-justification';
import { JUSTIFICATION_REASONS } from '../condizionalita-options';
import { useCondizionalitaLabels } from '../hooks/use-condizionalita-labels';
import { justificationFieldOf, useJustificationMessages } from '../hooks/use-justification-messages';
import { JustificationFiles } from './justification-files';

interface JustificationFormValues {
  reasonCode: string;
  text: string;
  /** the files to upload to the reserved area (checked by JustificationFiles as they are chosen) */
  files: File[];
}

/** The body as far as the form knows it (the documents' ids come once their files are uploaded). */
const toBody = (v: JustificationFormValues) => ({ reasonCode: v.reasonCode, text: v.text.trim() }) as SubmitJustificationBody;

/** The documents field of the form: a document the API refused (`/documentIds/…`) or a failed upload shows on it. */
function FilesField({ uploadError, onChanged }: { uploadError?: string; onChanged: () => void }) {
  const { field } = useController<JustificationFormValues, 'files'>({ name: 'files' });
  const error = useFieldError('files');
  return (
    <JustificationFiles
      files={field.value}
      onChange={(next) => {
        field.onChange(next);
        onChanged();
      }}
      error={uploadError ?? error}
    />
  );
}

/**
 * "Invia la tua giustificazione": the reason from the ministry's list, what happened, the documents that prove it.
 * SubmitJustificationBody's limits are checked in the browser; the API's field errors (problem+json) show next to
 * the same fields.
 */
export function JustificationForm({ caseId, onSubmitted }: { caseId: string; onSubmitted: (updated: ConditionalityCaseResponse) => void }) {
  const { t } = useTranslation('citizen');
  const labels = useCondizionalitaLabels();
  const problemMessage = useProblemMessage();
  const headingId = useId();
  const formId = useId();
  const submit = useSubmitJustification(caseId);
  const form = useDtoForm<JustificationFormValues, SubmitJustificationBody>({
    dto: SubmitJustificationBody,
    toBody,
    fieldOf: justificationFieldOf,
    defaultValues: { reasonCode: '', text: '', files: [] },
    serverError: submit.error,
  });
  // a refused justification: once its field errors are on the fields, focus the first one
  useEffect(() => {
    if (submit.error) focusFirstInvalid(document.getElementById(formId));
  }, [submit.error, formId]);

  const onValid = (values: JustificationFormValues) => {
    if (submit.isPending || !values.reasonCode) return;
    submit.mutate({ ...toBody(values), files: values.files }, { onSuccess: onSubmitted });
  };

  return (
    <FormShell
      id={formId}
      form={form}
      messages={useJustificationMessages()}
      onValid={onValid}
      // a new attempt: the last one's error box goes
      onSubmitCapture={() => {
        if (!submit.isPending) submit.reset();
      }}
      className="form-section justification-form"
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="h4">
        {t('condizionalita.form.title')}
      </h3>
      <FormSelectField name="reasonCode" label={t('condizionalita.form.reason')} required>
        <option value="">{t('condizionalita.form.reasonPlaceholder')}</option>
        {JUSTIFICATION_REASONS.map((code) => (
          <option key={code} value={code}>
            {labels.reason(code)}
          </option>
        ))}
      </FormSelectField>
      <FormTextareaField name="text" label={t('condizionalita.form.text')} hint={t('condizionalita.form.textHint')} required rows={5} />
      <FilesField
        onChanged={() => {
          form.clearErrors('files');
          if (submit.failedWhileUploading) submit.reset();
        }}
        uploadError={submit.failedWhileUploading ? problemMessage(submit.error) : undefined}
      />
      {submit.isError && <ProblemAlert error={submit.error} />}
      <div className="form-actions mt-0">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={submit.isPending}>
          {submit.isPending ? t('condizionalita.form.submitting') : t('condizionalita.form.submit')}
        </button>
      </div>
    </FormShell>
  );
}
