import type { AuditEventResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useAuditLabels } from '../hooks/use-audit-labels';

/** "Chi ha consultato o modificato i dati": one page of the person's access log, in words, as the API sorts it (newest first). */
export function AuditTrailTable({ events }: { events: readonly AuditEventResponse[] }) {
  const { t } = useTranslation('operator');
  const { t: tc } = useTranslation('common');
  const f = useFormatters();
  const labels = useAuditLabels();

  if (events.length === 0) return <p>{t('dossier.audit.empty')}</p>;
  return (
    <DataTable caption={t('dossier.audit.caption')} className="audit-table">
      <thead>
        <tr>
          <th scope="col">{t('dossier.audit.columns.occurredAt')}</th>
          <th scope="col">{t('dossier.audit.columns.action')}</th>
          <th scope="col">{t('dossier.audit.columns.actor')}</th>
          <th scope="col">{t('dossier.audit.columns.office')}</th>
          <th scope="col">{t('dossier.audit.columns.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => {
          const action = labels.action(e.action);
          return (
            <tr key={e.id}>
              <td className="text-nowrap">
                <time dateTime={e.occurredAt}>{f.dateTime(e.occurredAt)}</time>
              </td>
              <td>
                {action.text}
                {action.generic && <code className="d-block small text-muted-aa">{e.action}</code>}
              </td>
              <td>
                <span className="d-block">{e.actorName ?? e.actorFiscalCode}</span>
                <span className="d-block small text-muted-aa">{labels.role(e.actorRole)}</span>
              </td>
              <td>{e.actorOfficeName ?? tc('notAvailable')}</td>
              <td>
                <span className={`badge ${e.outcome === 'allowed' ? 'bg-success' : 'bg-danger'}`}>{labels.outcome(e.outcome)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
