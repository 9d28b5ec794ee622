import { ImportBundleBody } from '@opencpi/contracts/browser';
import { FormFileField, FormShell, ProblemAlert, StatusMessage, useDtoForm, type CrossCheck, type FieldMessages } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useImportBundle } from '../api/use-import-bundle';
import { importedDossierPath } from '../portability-paths';

interface FileValues {
  file: File | undefined;
}
const checkFile: CrossCheck<FileValues> = (v) => (v.file ? {} : { file: 'fileRequired' });

/** "Importa un fascicolo": the ZIP the person brings; accepted (with a link to the history) or refused with the reason. */
export function ImportBundleForm() {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const upload = useImportBundle();
  const form = useDtoForm<FileValues, ImportBundleBody>({
    dto: ImportBundleBody,
    toBody: () => ({}),
    defaultValues: { file: undefined },
    serverError: upload.error,
    check: checkFile,
  });
  const messages: FieldMessages = (field) => (field === 'file' ? t('portability.import.fileRequired') : undefined);
  const done = upload.data;
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('portability.import.formTitle')}</h2>
      <p>{t('portability.import.hint')}</p>
      <FormShell form={form} messages={messages} onValid={(v) => v.file && void upload.mutateAsync(v.file).catch(() => undefined)}>
        <FormFileField name="file" label={t('portability.import.file')} accept="application/zip,.zip" />
        {upload.isError && <ProblemAlert error={upload.error} />}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={upload.isPending}>
            {upload.isPending ? t('portability.import.submitting') : t('portability.import.submit')}
          </button>
        </div>
      </FormShell>
      <StatusMessage>
        {done ? (
          <div className="alert alert-success">
            <p className="h4">{t('portability.import.done', { name: done.holderName, region: done.issuerName })}</p>
            {done.personStatus === 'not_registered' && <p>{t('portability.import.notRegistered')}</p>}
            <Link to={importedDossierPath(done.id)}>{t('portability.import.open')}</Link>
          </div>
        ) : undefined}
      </StatusMessage>
    </section>
  );
}
