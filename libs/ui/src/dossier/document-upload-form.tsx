import type { DocumentType } from '@opencpi/contracts';
import { UploadDocumentBody } from '@opencpi/contracts/browser';
import type { UseMutationResult } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../components/problem-alert';
import { StatusMessage } from '../components/status-message';
import type { CrossCheck } from '../forms/cross-checks';
import { DOCUMENT_ACCEPT, documentFileProblem } from '../forms/document-file';
import type { FieldMessages } from '../forms/field-messages';
import { FormSelectField } from '../forms/form-fields';
import { FormFileField } from '../forms/form-file-field';
import { FormShell, useDtoForm } from '../forms/form-shell';
import { useDocumentLabels } from './document-labels';

/** What an upload sends: the document's type and its file. */
export interface DocumentUpload {
  type: DocumentType;
  file: File;
}

interface UploadValues {
  type: DocumentType | '';
  /** the chosen file (multipart, next to the body) */
  file: File | undefined;
}
const defaults: UploadValues = { type: '', file: undefined };
const toBody = (v: UploadValues) => ({ type: v.type });
/** the file, which is not part of the body: chosen, and a PDF, JPEG or PNG of at most 5 MB */
const checkFile: CrossCheck<UploadValues> = (v) => ({ file: v.file ? documentFileProblem(v.file) : 'fileRequired' });

/**
 * "Carica un documento": type (UploadDocumentBody) and file (PDF, JPEG or PNG, at most 5 MB, checked here first and
 * by the API on the file's own bytes). "Documento caricato." is said in a status box.
 */
export function DocumentUploadForm({ upload, types }: { upload: UseMutationResult<unknown, unknown, DocumentUpload>; types: readonly DocumentType[] }) {
  const { t } = useTranslation('common');
  const headingId = useId();
  const labels = useDocumentLabels();
  const form = useDtoForm<UploadValues, UploadDocumentBody>({ dto: UploadDocumentBody, toBody, defaultValues: defaults, serverError: upload.error, check: checkFile });
  const [uploaded, setUploaded] = useState(false);
  // a new key empties the file input after a successful upload
  const [fileInputKey, setFileInputKey] = useState(0);
  const messages: FieldMessages = (field, type) => {
    if (field === 'type') return t('dossier.documents.upload.typeError');
    if (field === 'file') return t(`dossier.documents.upload.${type === 'fileRequired' || type === 'fileTooLarge' ? type : 'fileType'}`);
    return undefined;
  };

  const submit = async (values: UploadValues) => {
    if (upload.isPending) return;
    setUploaded(false);
    if (!values.file || !values.type) return; // checked by the DTO and checkFile
    const done = await upload.mutateAsync({ type: values.type, file: values.file }).then(
      () => true,
      () => false,
    );
    if (!done) return;
    form.reset(defaults);
    setFileInputKey((k) => k + 1);
    setUploaded(true);
  };

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h3 id={headingId} className="h4">
        {t('dossier.documents.upload.title')}
      </h3>
      <StatusMessage>{uploaded ? <p className="mb-0">{t('dossier.documents.upload.uploaded')}</p> : undefined}</StatusMessage>
      <FormShell form={form} messages={messages} onValid={submit}>
        <div className="row">
          <div className="col-md-6">
            <FormSelectField name="type" label={t('dossier.documents.upload.type')}>
              <option value="">{t('dossier.documents.upload.choose')}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {labels.type(type)}
                </option>
              ))}
            </FormSelectField>
          </div>
          <div className="col-md-6">
            <FormFileField key={fileInputKey} name="file" label={t('dossier.documents.upload.file')} accept={DOCUMENT_ACCEPT} />
          </div>
        </div>
        {upload.isError && <ProblemAlert error={upload.error} />}
        <div className="form-actions mt-0">
          <button type="submit" className="btn btn-primary form-submit" aria-busy={upload.isPending}>
            {upload.isPending ? t('dossier.documents.upload.submitting') : t('dossier.documents.upload.submit')}
          </button>
        </div>
      </FormShell>
    </section>
  );
}
