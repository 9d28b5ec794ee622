import { VerifyCertificateFileBody } from '@opencpi/contracts/browser';
import { FormFileField, FormShell, ProblemAlert, StatusMessage, useDtoForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useVerifyFile } from '../api/use-verify-file';
import { PrintedData } from './printed-data';

interface FileValues {
  file: File | undefined;
}
const checkFile: CrossCheck<FileValues> = (v) => (v.file ? {} : { file: 'fileRequired' });

/** "Oppure carica il PDF": the file's hash against the certificates issued (authentic / revoked / not found). */
export function VerifyFileForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const verify = useVerifyFile();
  const form = useDtoForm<FileValues, VerifyCertificateFileBody>({
    dto: VerifyCertificateFileBody,
    toBody: () => ({}),
    defaultValues: { file: undefined },
    serverError: verify.error,
    check: checkFile,
  });
  const messages: FieldMessages = (field) => (field === 'file' ? t('certificates.verify.fileRequired') : undefined);
  const result = verify.data;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('certificates.verify.file')}</h2>
      <p>{t('certificates.verify.fileHint')}</p>
      <FormShell form={form} messages={messages} onValid={(v) => v.file && void verify.mutateAsync(v.file).catch(() => undefined)}>
        <FormFileField name="file" label={t('certificates.verify.fileLabel')} accept="application/pdf,.pdf" />
        {verify.isError && <ProblemAlert error={verify.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-outline-primary form-submit" aria-busy={verify.isPending}>
            {verify.isPending ? t('certificates.verify.checking') : t('certificates.verify.fileCheck')}
          </button>
        </div>
      </FormShell>
      <StatusMessage>
        {result ? (
          result.certificate ? (
            <>
              <div className={`alert ${result.outcome === 'revoked' ? 'alert-danger' : 'alert-success'}`}>
                <p className="h4">{result.outcome === 'revoked' ? t('certificates.verify.revoked') : t('certificates.verify.authentic')}</p>
                {result.outcome !== 'revoked' && <p>{t('certificates.verify.fileAuthentic')}</p>}
                <PrintedData c={result.certificate} />
              </div>
            </>
          ) : (
            <div className="alert alert-danger">
              <p className="h4 mb-0">{t('certificates.verify.fileNotFound')}</p>
            </div>
          )
        ) : undefined}
      </StatusMessage>
    </section>
  );
}
