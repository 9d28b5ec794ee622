import { importedFileUrl } from '@opencpi/api-client';
import { useFormatters } from '@opencpi/i18n';
import { DataTable, Loading, ProblemAlert, useDocumentTitle } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useImportedDossier } from '../../features/portability/api/use-imported-dossier';
import { ImportedSections } from '../../features/portability/components/imported-sections';
import { importPath } from '../../features/portability/portability-paths';

/** /fascicoli-importati/:importId: a dossier imported from another region, read-only: its sections and its files. */
export function ImportedDossierRoute() {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const { importId = '' } = useParams();
  const d = useImportedDossier(importId);
  const title = d.data ? t('portability.dossier.title', { name: d.data.holderName }) : t('portability.dossier.fallbackTitle');
  useDocumentTitle(title);
  const sectionsId = useId();
  const filesId = useId();
  return (
    <>
      <h1>{title}</h1>
      {d.isPending ? (
        <Loading />
      ) : d.isError ? (
        <ProblemAlert error={d.error} />
      ) : (
        <>
          <div className="alert alert-info" role="note">
            <p className="mb-1">
              <strong>{t('portability.readOnlyFrom', { region: d.data.issuerName })}</strong>
            </p>
            <p className="mb-0">
              {t('portability.dossier.facts', { fiscalCode: d.data.fiscalCode, exportedAt: f.dateTime(d.data.exportedAt), importedAt: f.dateTime(d.data.importedAt) })}
            </p>
            {d.data.personStatus === 'not_registered' && <p className="mb-0 mt-1">{t('portability.import.notRegistered')}</p>}
          </div>
          <section className="section-block" aria-labelledby={sectionsId}>
            <h2 id={sectionsId}>{t('portability.dossier.sections')}</h2>
            <ImportedSections sections={(d.data.dossier['sections'] ?? {}) as Record<string, unknown>} />
          </section>
          <section className="section-block" aria-labelledby={filesId}>
            <h2 id={filesId}>{t('portability.dossier.files')}</h2>
            <DataTable caption={t('portability.dossier.filesCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('portability.dossier.fileName')}</th>
                  <th scope="col">{t('portability.dossier.section')}</th>
                  <th scope="col">{t('portability.dossier.size')}</th>
                </tr>
              </thead>
              <tbody>
                {d.data.files.map((file) => (
                  <tr key={file.id}>
                    <td>
                      <a href={importedFileUrl(importId, file.id)} download>
                        {file.fileName}
                      </a>
                    </td>
                    <td>{t(`portability.fileSections.${file.section as 'documents'}`, { defaultValue: file.section })}</td>
                    <td>{t('portability.dossier.kb', { n: Math.max(1, Math.round(file.sizeBytes / 1024)) })}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>
        </>
      )}
      <p>
        <Link to={importPath}>{t('portability.dossier.back')}</Link>
      </p>
    </>
  );
}
