import type { DocumentListResponse, DocumentResponse, DocumentType } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../components/data-table';
import { Loading } from '../components/loading';
import { ProblemAlert } from '../components/problem-alert';
import { DocumentUploadForm, type DocumentUpload } from './document-upload-form';
import { useDocumentLabels } from './document-labels';
import type { DossierViewer } from './messages-section';
import './dossier.css';

export interface DocumentsSectionProps {
  viewer: DossierViewer;
  /** the documents of the reserved area (the audience's query) */
  documents: UseQueryResult<DocumentListResponse>;
  /** uploads a document (type and file) */
  upload: UseMutationResult<unknown, unknown, DocumentUpload>;
  /** where a document's content opens (the audience's route) */
  contentUrl: (documentId: string) => string;
  /** the types this audience may upload (the person cannot upload a scanned patto: the CPI does) */
  uploadableTypes: readonly DocumentType[];
}

/** "Documenti": what the person and the CPI have shared (type, file name, size, who uploaded it, when, "Apri"), newest first, and the upload. */
export function DocumentsSection({ viewer, documents, upload, contentUrl, uploadableTypes }: DocumentsSectionProps) {
  const { t } = useTranslation('common');
  const headingId = useId();
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
        <DocumentsTable viewer={viewer} documents={documents.data.items} contentUrl={contentUrl} />
      )}
      <DocumentUploadForm upload={upload} types={uploadableTypes} />
    </section>
  );
}

function DocumentsTable({ viewer, documents, contentUrl }: { viewer: DossierViewer; documents: readonly DocumentResponse[]; contentUrl: (documentId: string) => string }) {
  const { t } = useTranslation('common');
  const f = useFormatters();
  const labels = useDocumentLabels();
  const sorted = [...documents].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
  return (
    <DataTable caption={t(`dossier.${viewer}.caption`)} className="dossier-documents">
      <thead>
        <tr>
          <th scope="col">{t('dossier.documents.columns.type')}</th>
          <th scope="col">{t('dossier.documents.columns.fileName')}</th>
          <th scope="col">{t('dossier.documents.columns.size')}</th>
          <th scope="col">{t('dossier.documents.columns.uploadedBy')}</th>
          <th scope="col">{t('dossier.documents.columns.uploadedAt')}</th>
          <th scope="col">{t('dossier.documents.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((d) => (
          <tr key={d.id}>
            <td>{labels.type(d.type)}</td>
            <th scope="row" className="dossier-documents__name">
              {d.fileName}
            </th>
            <td className="text-nowrap">{labels.size(d.sizeBytes)}</td>
            <td>{t('dossier.documents.uploadedBy', { name: d.uploadedByName, role: labels.party(d.uploadedByRole) })}</td>
            <td className="text-nowrap">
              <time dateTime={d.uploadedAt}>{f.dateTime(d.uploadedAt)}</time>
            </td>
            <td>
              <a href={contentUrl(d.id)} aria-label={t('dossier.documents.openLabel', { fileName: d.fileName })}>
                {t('dossier.documents.open')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
