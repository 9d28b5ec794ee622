import type { IvcQualificationResponse } from '@opencpi/contracts';
import { RequestIvcBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, StatusMessage, useMutationForm, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestIvc } from '../api/use-request-ivc';
import { QualificationField } from './qualification-field';

interface RequestValues {
  qualification: IvcQualificationResponse | null;
  note: string;
}
const toBody = (v: RequestValues): RequestIvcBody => ({
  qualificationId: v.qualification?.id ?? '',
  ...(v.note.trim() ? { note: v.note.trim() } : {}),
});
/** the DTO names `qualificationId`; the form shows it on the combobox */
const fieldOf = (path: string) => (path === 'qualificationId' ? 'qualification' : path);
const defaults = (): RequestValues => ({ qualification: null, note: '' });

/** "Chiedi la validazione": a qualification of the repertoire, and (optionally) a word for the operator. */
export function RequestIvcForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const request = useRequestIvc();
  const { form, done, submit } = useMutationForm({ dto: RequestIvcBody, toBody, defaults, mutation: request, fieldOf });
  const messages: FieldMessages = (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'qualification') return t('ivc.form.qualificationRequired');
    if (field === 'note') return t('ivc.form.noteInvalid');
    return undefined;
  };
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ivc.form.title')}</h2>
      <StatusMessage>{done ? <p className="mb-0">{t('ivc.form.done')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <QualificationField />
        <FormTextareaField name="note" label={t('ivc.form.note')} hint={t('ivc.form.noteHint')} rows={3} />
        {request.isError && <ProblemAlert error={request.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={request.isPending}>
            {request.isPending ? t('ivc.form.submitting') : t('ivc.form.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
