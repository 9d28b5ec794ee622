import type { AgencyClientResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { ProblemAlert } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useRevokeAgencyClient } from '../api/use-accreditation-mutations';

/** The agency's OAuth clients: scopes, registered keys, state; a region admin may revoke one. */
export function AgencyClients({ agencyId, clients, canChange }: { agencyId: string; clients: AgencyClientResponse[]; canChange: boolean }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const revoke = useRevokeAgencyClient(agencyId);
  if (clients.length === 0) return <p>{t('accreditation.clients.none')}</p>;
  return (
    <>
      {revoke.isError && <ProblemAlert error={revoke.error} />}
      <ul className="list-unstyled">
        {clients.map((c) => (
          <li key={c.clientId} className="card card-bg mb-3">
            <div className="card-body">
              <h3 className="h5 card-title">
                {c.name} <code>{c.clientId}</code>
              </h3>
              <p className="mb-1">{t('accreditation.clients.scopes', { scopes: c.scopes.join(', ') })}</p>
              <p className="mb-1">{t('accreditation.clients.keys', { keys: c.keyIds.join(', ') })}</p>
              <p className="mb-2">
                {c.revokedAt ? t('accreditation.clients.revokedOn', { date: f.dateTime(c.revokedAt) }) : t('accreditation.clients.activeSince', { date: f.dateTime(c.createdAt) })}
              </p>
              {canChange && !c.revokedAt && (
                <button type="button" className="btn btn-outline-danger btn-sm" aria-busy={revoke.isPending} onClick={() => revoke.mutate(c.clientId)}>
                  {t('accreditation.clients.revoke', { name: c.name })}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
