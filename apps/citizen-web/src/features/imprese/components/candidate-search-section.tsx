import type { CompanyCandidateResponse, ContactRequestChannel } from '@opencpi/contracts';
import { DataTable, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCandidateSearch, useRequestCandidateContact } from '../api/use-candidate-search';
import { useImpreseLabels } from '../imprese-labels';

/**
 * "Cerca candidati disponibili": people whose profile lets companies see it, anonymous ("Candidato 1"), with the
 * explanation of the CPI's preselection; "Chiedi il contatto" through the CPI or directly. Name and contacts appear
 * only once the person accepts.
 */
export function CandidateSearchSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const candidates = useCandidateSearch(vacancyId);
  const request = useRequestCandidateContact(vacancyId);
  const ask = (candidate: CompanyCandidateResponse, channel: ContactRequestChannel) => request.mutate({ candidateKey: candidate.candidateKey, channel });

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('companies.search.title')}</h2>
      {candidates.isPending ? (
        <p className="text-muted-aa">{t('companies.search.loading')}</p>
      ) : candidates.isError ? (
        <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.items.length === 0 ? (
        <p>{t('companies.search.empty')}</p>
      ) : (
        <>
          <p>{t('companies.search.intro')}</p>
          {request.isError && <ProblemAlert error={request.error} />}
          <DataTable caption={t('companies.search.caption')} className="imprese-candidates">
            <thead>
              <tr>
                <th scope="col">{t('imprese.candidates.columns.candidate')}</th>
                <th scope="col">{t('imprese.candidates.columns.score')}</th>
                <th scope="col">{t('imprese.candidates.columns.strengths')}</th>
                <th scope="col">{t('imprese.candidates.columns.gaps')}</th>
                <th scope="col">{t('companies.search.action')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.data.items.map((c) => (
                <SearchRow key={c.candidateKey} candidate={c} busy={request.isPending} onAsk={ask} />
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

function SearchRow({
  candidate,
  busy,
  onAsk,
}: {
  candidate: CompanyCandidateResponse;
  busy: boolean;
  onAsk: (c: CompanyCandidateResponse, channel: ContactRequestChannel) => void;
}) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const request = candidate.contactRequest;
  const strengths = candidate.explanation.metRequired.map((skill) => skill.label);
  const n = candidate.candidateNumber;
  return (
    <tr>
      <th scope="row" className="fw-normal">
        <span className="fw-semibold">{request?.displayName ?? t('imprese.candidates.anonymous', { n })}</span>
        {request?.email && (
          <span className="d-block">
            {t('imprese.candidates.email')} <a href={`mailto:${request.email}`}>{request.email}</a>
          </span>
        )}
        {request?.mobilePhone && (
          <span className="d-block">
            {t('imprese.candidates.phone')} <a href={`tel:${request.mobilePhone}`}>{request.mobilePhone}</a>
          </span>
        )}
      </th>
      <td>{t('imprese.candidates.score', { score: Math.round(candidate.score) })}</td>
      <td>{strengths.length > 0 ? strengths.join(', ') : t('imprese.candidates.noStrengths')}</td>
      <td>{labels.summary(candidate.explanation)}</td>
      <td>
        {request ? (
          t(`companies.search.status.${request.status}`)
        ) : (
          <span className="d-flex flex-column gap-1">
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={busy} onClick={() => onAsk(candidate, 'cpi')}>
              {t('companies.search.viaCpi', { n })}
            </button>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={busy} onClick={() => onAsk(candidate, 'direct')}>
              {t('companies.search.direct', { n })}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
