import { VerifyCredentialBody } from '@opencpi/contracts/browser';
import { FormShell, FormTextareaField, ProblemAlert, useDtoForm, type FieldMessages } from '@opencpi/ui';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyCredential } from '../api/use-verify-credential';
import { CredentialResult } from './credential-result';

interface Values {
  credential: string;
}
const toBody = (v: Values): VerifyCredentialBody => ({ credential: v.credential.trim() });
const MAX_FILE = 200_000;

/** Paste the credential (or read it from a .jwt/.json file) and check it; the answer appears below, announced. */
export function VerifyCredentialForm() {
  const { t } = useTranslation('citizen');
  const fileId = useId();
  const fileHintId = useId();
  const verify = useVerifyCredential();
  const [fileError, setFileError] = useState<string | undefined>();
  const form = useDtoForm<Values, VerifyCredentialBody>({ dto: VerifyCredentialBody, toBody, defaultValues: { credential: '' }, serverError: verify.error });
  const messages: FieldMessages = (field) => (field === 'credential' ? t('credentials.verify.required') : undefined);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE) return setFileError(t('credentials.verify.fileUnreadable'));
    try {
      form.setValue('credential', (await file.text()).trim(), { shouldValidate: true });
    } catch {
      setFileError(t('credentials.verify.fileUnreadable'));
    }
  };
  return (
    <>
      <FormShell form={form} messages={messages} onValid={(v) => void verify.mutateAsync(v.credential.trim()).catch(() => undefined)}>
        <FormTextareaField name="credential" label={t('credentials.verify.label')} hint={t('credentials.verify.hint')} rows={6} spellCheck={false} autoComplete="off" />
        <div className="form-group">
          <label htmlFor={fileId}>{t('credentials.verify.file')}</label>
          <input
            id={fileId}
            type="file"
            className="form-control"
            accept=".jwt,.json,application/json,application/vc+jwt,text/plain"
            aria-describedby={fileHintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => void onFile(e)}
          />
          <small id={fileHintId} className="form-text">
            {fileError ?? t('credentials.verify.fileHint')}
          </small>
        </div>
        {verify.isError && <ProblemAlert error={verify.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={verify.isPending}>
            {verify.isPending ? t('credentials.verify.checking') : t('credentials.verify.submit')}
          </button>
        </div>
      </FormShell>
      <div aria-live="polite" className="mt-4">
        {verify.data && <CredentialResult r={verify.data} />}
      </div>
    </>
  );
}
