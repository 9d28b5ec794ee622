import type { InvitationResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataTable } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../../app/paths';
import { useAgendaLabels } from '../hooks/use-agenda-labels';
import { PersonLink } from '../../citizens/components/person-link';

/** Invitations that can still be turned into a convocation (no answer, or expired without one). */
const CONVOKABLE = new Set(['sent', 'expired']);

/** "Inviti inviati": who was invited to what, the state of the invitation, and "Convoca" for those without an answer. */
export function InvitationsTable({ invitations, officeId }: { invitations: readonly InvitationResponse[]; officeId: string }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useAgendaLabels();
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  if (sorted.length === 0) return <p>{t('agenda.invitations.sentList.empty')}</p>;
  return (
    <DataTable caption={t('agenda.invitations.sentList.caption')} className="invitations-table">
      <thead>
        <tr>
          <th scope="col">{t('agenda.invitations.sentList.columns.person')}</th>
          <th scope="col">{t('agenda.invitations.sentList.columns.service')}</th>
          <th scope="col">{t('agenda.invitations.sentList.columns.status')}</th>
          <th scope="col">{t('agenda.invitations.sentList.columns.expiresAt')}</th>
          <th scope="col">{t('agenda.invitations.sentList.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((i) => (
          <tr key={i.id}>
            <th scope="row">
              <PersonLink fiscalCode={i.citizenFiscalCode} className="d-block">
                {i.citizenName}
              </PersonLink>
              <span className="d-block small fiscal-code text-muted-aa fw-normal">{i.citizenFiscalCode}</span>
            </th>
            <td>{i.serviceName}</td>
            <td>{labels.invitationStatus(i.status)}</td>
            <td className="text-nowrap">
              <time dateTime={i.expiresAt}>{f.dateTime(i.expiresAt)}</time>
            </td>
            <td>
              {CONVOKABLE.has(i.status) && (
                <Link
                  to={paths.convoke({ fiscalCode: i.citizenFiscalCode, invitationId: i.id, serviceType: i.serviceType, officeId: i.officeId || officeId })}
                  aria-label={t('agenda.invitations.sentList.convokeLabel', { name: i.citizenName })}
                >
                  {t('agenda.invitations.sentList.convoke')}
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
