import { Loading, ProblemAlert, StatusMessage, useDocumentTitle } from '@opencpi/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerContactRequest, useMyContactRequests } from '../../features/imprese/api/use-contact-requests';

/** /contatti-aziende: companies that found my anonymous profile ask to get in touch; I accept (they see my contacts) or decline. */
export function ContactRequestsRoute() {
  const { t } = useTranslation('citizen');
  useDocumentTitle(t('companies.contactRequests.title'));
  const requests = useMyContactRequests();
  const answer = useAnswerContactRequest();
  const [done, setDone] = useState<'accepted' | 'declined' | undefined>();
  const reply = (requestId: string, accept: boolean) => {
    setDone(undefined);
    answer.mutate({ requestId, accept }, { onSuccess: () => setDone(accept ? 'accepted' : 'declined') });
  };
  return (
    <div className="row">
      <div className="col-lg-9 col-xl-8">
        <h1>{t('companies.contactRequests.title')}</h1>
        <p className="lead">{t('companies.contactRequests.intro')}</p>
        <StatusMessage>{done ? <p>{t(`companies.contactRequests.${done}`)}</p> : undefined}</StatusMessage>
        {answer.isError && <ProblemAlert error={answer.error} />}
        {requests.isPending ? (
          <Loading />
        ) : requests.isError ? (
          <ProblemAlert error={requests.error} onRetry={() => void requests.refetch()} />
        ) : requests.data.items.length === 0 ? (
          <p>{t('companies.contactRequests.empty')}</p>
        ) : (
          <ul className="plain-list">
            {requests.data.items.map((r) => (
              <li key={r.id} className="section-block">
                <p className="fw-semibold mb-1">{t('companies.contactRequests.about', { company: r.companyName, vacancy: r.vacancyTitle })}</p>
                {r.message && <p className="pre-line">{r.message}</p>}
                {r.status === 'pending' ? (
                  <p className="d-flex flex-wrap gap-2">
                    <button type="button" className="btn btn-primary" disabled={answer.isPending} onClick={() => reply(r.id, true)}>
                      {t('companies.contactRequests.accept', { company: r.companyName })}
                    </button>
                    <button type="button" className="btn btn-outline-primary" disabled={answer.isPending} onClick={() => reply(r.id, false)}>
                      {t('companies.contactRequests.decline', { company: r.companyName })}
                    </button>
                  </p>
                ) : (
                  <p>{t(`companies.search.status.${r.status}`)}</p>
                )}
              </li>
            ))}
          </ul>
        )}
        <p>{t('companies.contactRequests.help')}</p>
      </div>
    </div>
  );
}
