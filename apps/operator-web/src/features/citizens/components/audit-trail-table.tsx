import type { AuditEventResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAuditLabels } from '../hooks/use-audit-labels';

/** "Chi ha consultato o modificato i dati": the person's access log, most recent first. */
export function AuditTrailTable({ events }: { events: readonly AuditEventResponse[] }) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const labels = useAuditLabels();
  const sorted = [...events].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));

  if (sorted.length === 0) return <p>{t('dossier.audit.empty')}</p>;
  return (
    <DataTable caption={t('dossier.audit.caption')} className="audit-table">
      <thead>
        <tr>
          <th scope="col">{t('dossier.audit.columns.occurredAt')}</th>
          <th scope="col">{t('dossier.audit.columns.actor')}</th>
          <th scope="col">{t('dossier.audit.columns.role')}</th>
          <th scope="col">{t('dossier.audit.columns.office')}</th>
          <th scope="col">{t('dossier.audit.columns.action')}</th>
          <th scope="col">{t('dossier.audit.columns.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((e) => (
          <tr key={e.id}>
            <td className="text-nowrap">
              <time dateTime={e.occurredAt}>{f.dateTime(e.occurredAt)}</time>
            </td>
            <td>
              <span className="d-block">{e.actorName ?? e.actorFiscalCode}</span>
              {e.actorName && <span className="d-block small fiscal-code text-muted-aa">{e.actorFiscalCode}</span>}
            </td>
            <td>{labels.role(e.actorRole)}</td>
            <td>{e.actorOfficeName ?? tc('notAvailable')}</td>
            <td>{labels.action(e.action)}</td>
            <td>
              <span className={`badge ${e.outcome === 'allowed' ? 'bg-success' : 'bg-danger'}`}>{labels.outcome(e.outcome)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
