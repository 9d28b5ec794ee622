import { documentContentUrl } from '@opencpi/api-client';
import type { DocumentResponse, DocumentType } from '@opencpi/contracts';
import { localeOf, useFormatters } from '@opencpi/i18n';
import { DataTable, FileField, Loading, ProblemAlert, SelectField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { UPLOAD_ACCEPT, uploadFileProblem } from '../../forms/upload-file';
import { DOCUMENT_TYPES, isDocumentType, usePattoLabels } from '../../patto/hooks/use-patto-labels';
import { useDocuments } from '../api/use-documents';
import { useUploadDocument } from '../api/use-upload-document';

/** "120 kB", "1,2 MB" in the UI language. */
function useFileSize() {
  const { t } = useTranslation('operator');
  const { language } = useFormatters();
  const locale = localeOf(language);
  return (bytes: number) => {
    if (bytes < 1024) return t('reservedArea.documents.size.bytes', { value: bytes });
    if (bytes < 1024 * 1024) return t('reservedArea.documents.size.kb', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024) });
    return t('reservedArea.documents.size.mb', { value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)) });
  };
}

function DocumentsTable({ citizenId, documents }: { citizenId: string; documents: readonly DocumentResponse[] }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = usePattoLabels();
  const size = useFileSize();
  const sorted = [...documents].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  if (sorted.length === 0) return <p>{t('reservedArea.documents.empty')}</p>;
  return (
    <DataTable caption={t('reservedArea.documents.caption')} className="documents-table">
      <thead>
        <tr>
          <th scope="col">{t('reservedArea.documents.columns.type')}</th>
          <th scope="col">{t('reservedArea.documents.columns.fileName')}</th>
          <th scope="col">{t('reservedArea.documents.columns.size')}</th>
          <th scope="col">{t('reservedArea.documents.columns.uploadedBy')}</th>
          <th scope="col">{t('reservedArea.documents.columns.uploadedAt')}</th>
          <th scope="col">{t('reservedArea.documents.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((d) => (
          <tr key={d.id}>
            <td>{labels.documentType(d.type)}</td>
            <th scope="row" className="document-name">
              {d.fileName}
            </th>
            <td className="text-nowrap">{size(d.sizeBytes)}</td>
            <td>{t('reservedArea.documents.uploadedBy', { name: d.uploadedByName, role: labels.role(d.uploadedByRole) })}</td>
            <td className="text-nowrap">
              <time dateTime={d.uploadedAt}>{f.dateTime(d.uploadedAt)}</time>
            </td>
            <td>
              <a href={documentContentUrl(d.id, citizenId)} aria-label={t('reservedArea.documents.openLabel', { fileName: d.fileName })}>
                {t('reservedArea.documents.open')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** "Carica un documento": type and file (PDF, JPEG or PNG, at most 5 MB). */
function UploadDocumentForm({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const upload = useUploadDocument(citizenId);
  const headingId = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<DocumentType | ''>('');
  const [file, setFile] = useState<File | undefined>();
  const [typeInvalid, setTypeInvalid] = useState(false);
  const [fileProblem, setFileProblem] = useState<'required' | 'type' | 'size' | undefined>();
  const [uploaded, setUploaded] = useState(false);
  const server = problemFields(upload.error);
  const typeError = typeInvalid || server.has('/type') ? t('reservedArea.documents.upload.typeError') : undefined;
  const fileError = fileProblem ? t(`patto.file.${fileProblem}`) : server.has('/file') ? t('patto.file.type') : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setUploaded(false);
    const problem = uploadFileProblem(file);
    setTypeInvalid(!type);
    setFileProblem(problem);
    if (!type || problem || !file) {
      upload.reset();
      return;
    }
    upload.mutate(
      { file, type },
      {
        onSuccess: () => {
          setFile(undefined);
          setType('');
          if (fileRef.current) fileRef.current.value = '';
          setUploaded(true);
          statusRef.current?.focus();
        },
      },
    );
  };

  return (
    <section className="mt-4" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('reservedArea.documents.upload.title')}</h3>
      <div ref={statusRef} role="status" tabIndex={-1}>
        {uploaded && <p className="alert alert-success">{t('reservedArea.documents.upload.uploaded')}</p>}
      </div>
      <form onSubmit={submit} noValidate>
        {upload.isError && <ProblemAlert error={upload.error} />}
        <div className="row">
          <div className="col-md-6">
            <SelectField
              label={t('reservedArea.documents.upload.type')}
              value={type}
              error={typeError}
              onChange={(e) => setType(isDocumentType(e.target.value) ? e.target.value : '')}
              required
            >
              <option value="">{t('reservedArea.documents.upload.choose')}</option>
              {DOCUMENT_TYPES.map((d) => (
                <option key={d} value={d}>
                  {labels.documentType(d)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="col-md-6">
            <FileField
              ref={fileRef}
              label={t('reservedArea.documents.upload.file')}
              accept={UPLOAD_ACCEPT}
              error={fileError}
              onFileChange={(f) => {
                setFile(f);
                setFileProblem(undefined);
              }}
              required
            />
          </div>
        </div>
        <button type="submit" className="btn btn-primary" disabled={upload.isPending} aria-busy={upload.isPending}>
          {t('reservedArea.documents.upload.submit')}
        </button>
      </form>
    </section>
  );
}

/** "Documenti": what the person and the CPI have uploaded, and the upload form. */
export function DocumentsSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation('operator');
  const documents = useDocuments(citizenId);
  const headingId = useId();
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reservedArea.documents.title')}</h2>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ProblemAlert error={documents.error} onRetry={() => void documents.refetch()} />
      ) : (
        <DocumentsTable citizenId={citizenId} documents={documents.data.items} />
      )}
      <UploadDocumentForm citizenId={citizenId} />
    </section>
  );
}
