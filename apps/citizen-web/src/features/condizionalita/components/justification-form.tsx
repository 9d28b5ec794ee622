import type { ConditionalityCaseResponse } from '@opencpi/contracts';
import { SubmitJustificationBody } from '@opencpi/contracts/browser';
import {
  dtoResolver,
  FieldMessagesContext,
  FormSelectField,
  FormTextareaField,
  focusFirstInvalid,
  ProblemAlert,
  useFieldError,
  useProblemMessage,
  useServerErrors,
} from '@opencpi/ui';
import { useId, useRef } from 'react';
import { FormProvider, useController, useForm } from 'react-hook-form';
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
const resolver = dtoResolver<JustificationFormValues, SubmitJustificationBody>(SubmitJustificationBody, toBody, justificationFieldOf);

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
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useSubmitJustification(caseId);
  const form = useForm<JustificationFormValues>({ resolver, defaultValues: { reasonCode: '', text: '', files: [] } });
  useServerErrors(form, submit.error, justificationFieldOf);
  const onSubmit = form.handleSubmit(
    (values) => {
      if (submit.isPending || !values.reasonCode) return;
      const body = toBody(values);
      submit.mutate({ ...body, files: values.files }, { onSuccess: onSubmitted, onError: () => focusFirstInvalid(formRef.current) });
    },
    () => {
      submit.reset();
      focusFirstInvalid(formRef.current);
    },
  );

  return (
    <FieldMessagesContext value={useJustificationMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} className="form-section justification-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId}>
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
          <FormTextareaField name="text" label={t('condizionalita.form.text')} hint={t('condizionalita.form.textHint')} required maxLength={2000} rows={5} />
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
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}
