import { companyKeys, forwardContactRequest, getOfficeContactRequests } from '@opencpi/api-client';
import { Loading, ProblemAlert, StatusMessage } from '@opencpi/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Richieste di contatto da inoltrare": companies' requests sent through the CPI, each forwarded to the person asked. */
export function ContactRequestsQueue() {
  const { t } = useTranslation('operator');
  const headingId = useId();
  const queryClient = useQueryClient();
  const requests = useQuery({ queryKey: companyKeys.officeContactRequests(), queryFn: ({ signal }) => getOfficeContactRequests(signal) });
  const forward = useMutation({
    mutationFn: (requestId: string) => forwardContactRequest(requestId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.officeContactRequests() }),
  });
  const [done, setDone] = useState(false);
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('companies.contactRequests.title')}</h2>
      <p>{t('companies.contactRequests.intro')}</p>
      <StatusMessage>{done ? <p>{t('companies.contactRequests.forwarded')}</p> : undefined}</StatusMessage>
      {forward.isError && <ProblemAlert error={forward.error} />}
      {requests.isPending ? (
        <Loading />
      ) : requests.isError ? (
        <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />
      ) : requests.data.items.length === 0 ? (
        <p>{t('companies.contactRequests.empty')}</p>
      ) : (
        <ul className="list-unstyled">
          {requests.data.items.map((r) => (
            <li key={r.id} className="mb-3">
              <p className="mb-1">{t('companies.contactRequests.about', { company: r.companyName, person: r.citizenName ?? '', vacancy: r.vacancyTitle })}</p>
              {r.message && <p className="pre-line mb-1">{r.message}</p>}
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                disabled={forward.isPending}
                onClick={() => {
                  setDone(false);
                  forward.mutate(r.id, { onSuccess: () => setDone(true) });
                }}
              >
                {t('companies.contactRequests.forward', { person: r.citizenName ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
