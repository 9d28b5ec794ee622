import type { ImportedDossierSummaryResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { importedDossierPath } from '../portability-paths';

/** Imported dossiers: whose, from which region (read-only), exported and imported when. */
export function ImportsTable({ items, caption }: { items: ImportedDossierSummaryResponse[]; caption: string }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('portability.list.person')}</th>
          <th scope="col">{t('portability.list.from')}</th>
          <th scope="col">{t('portability.list.exportedAt')}</th>
          <th scope="col">{t('portability.list.importedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((d) => (
          <tr key={d.id}>
            <td>
              <Link to={importedDossierPath(d.id)}>
                {d.holderName} ({d.fiscalCode})
              </Link>
            </td>
            <td>
              {t('portability.readOnlyFrom', { region: d.issuerName })} <span className="badge bg-secondary">{t('portability.readOnly')}</span>
            </td>
            <td>
              <time dateTime={d.exportedAt}>{f.dateTime(d.exportedAt)}</time>
            </td>
            <td>
              <time dateTime={d.importedAt}>{f.dateTime(d.importedAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
