import { documentContentUrl } from '@opencpi/api-client';
import { DataTable, FileField, focusFirstInvalid, Loading, ProblemAlert, SelectField, StatusMessage } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, fileProblem } from '../../forms/file-checks';
import { useDates } from '../../shared/hooks/use-dates';
import { useMyDocuments } from '../api/use-my-documents';
import { useUploadDocument } from '../api/use-upload-document';
import { UPLOADABLE_TYPES, isUploadableType, useDossierLabels } from '../dossier-labels';

/** "Documenti": the documents shared with the CPI (type, file name, size, who uploaded it, when, "Apri …"), and the upload. */
export function DocumentsSection() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const dates = useDates();
  const labels = useDossierLabels();
  const documents = useMyDocuments();

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dossier.documents.title')}</h2>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ProblemAlert error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.items.length === 0 ? (
        <p>{t('dossier.documents.empty')}</p>
      ) : (
        <DataTable caption={t('dossier.documents.caption')} className="documents-table">
          <thead>
            <tr>
              <th scope="col">{t('dossier.documents.type')}</th>
              <th scope="col">{t('dossier.documents.fileName')}</th>
              <th scope="col">{t('dossier.documents.size')}</th>
              <th scope="col">{t('dossier.documents.uploadedBy')}</th>
              <th scope="col">{t('dossier.documents.date')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.data.items.map((document) => (
              <tr key={document.id}>
                <td>{labels.type(document.type)}</td>
                <td>
                  <span className="documents-table__name">{document.fileName}</span>
                  <a
                    href={documentContentUrl(document.id)}
                    className="documents-table__open"
                    target="_blank"
                    rel="noopener noreferrer"
                    aria-label={t('dossier.documents.openFile', { fileName: document.fileName })}
                  >
                    {t('dossier.documents.open')}
                  </a>
                </td>
                <td>{labels.size(document.sizeBytes)}</td>
                <td>{document.uploadedByName}</td>
                <td>{dates.dateTime(document.uploadedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <UploadDocumentForm />
    </section>
  );
}

function UploadDocumentForm() {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const upload = useUploadDocument();
  const [type, setType] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [fileInputKey, setFileInputKey] = useState(0);
  const [typeError, setTypeError] = useState<string | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [uploaded, setUploaded] = useState(false);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (upload.isPending) return;
    setUploaded(false);
    const nextTypeError = isUploadableType(type) ? undefined : t('dossier.documents.upload.typeRequired');
    const problem = file ? fileProblem(file) : 'fileRequired';
    const nextFileError = problem ? t(`forms.errors.${problem}`) : undefined;
    setTypeError(nextTypeError);
    setFileError(nextFileError);
    if (nextTypeError || nextFileError || !file || !isUploadableType(type)) {
      upload.reset();
      focusFirstInvalid(form.current);
      return;
    }
    upload.mutate(
      { file, type },
      {
        onSuccess: () => {
          setType('');
          setFile(undefined);
          setFileInputKey((k) => k + 1);
          setUploaded(true);
        },
        onError: () => focusFirstInvalid(form.current),
      },
    );
  };

  return (
    <form ref={form} className="form-section" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('dossier.documents.upload.title')}
      </h3>
      <SelectField
        label={t('dossier.documents.upload.type')}
        value={type}
        onChange={(e) => {
          setType(e.target.value);
          setTypeError(undefined);
        }}
        error={typeError}
      >
        <option value="">{t('dossier.documents.upload.typePlaceholder')}</option>
        {UPLOADABLE_TYPES.map((value) => (
          <option key={value} value={value}>
            {t(`dossier.documents.types.${value}`)}
          </option>
        ))}
      </SelectField>
      <FileField
        key={fileInputKey}
        label={t('dossier.documents.upload.file')}
        accept={ACCEPTED_FILES}
        onFileChange={(chosen) => {
          setFile(chosen);
          setFileError(undefined);
        }}
        error={fileError}
      />
      {upload.isError && <ProblemAlert error={upload.error} />}
      <StatusMessage>{uploaded ? <p>{t('dossier.documents.upload.done')}</p> : undefined}</StatusMessage>
      <div className="form-actions mt-0">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={upload.isPending}>
          {upload.isPending ? t('dossier.documents.upload.submitting') : t('dossier.documents.upload.submit')}
        </button>
      </div>
    </form>
  );
}
