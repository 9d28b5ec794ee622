import type { SharedCandidateResponse } from '@opencpi/contracts';
import { DataTable, ProblemAlert } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSharedCandidates } from '../api/use-shared-candidates';
import { useImpreseLabels } from '../imprese-labels';

/**
 * "Candidati proposti dal Centro per l'Impiego": the shortlist the CPI shared, anonymised ("Candidato 1") until each
 * candidate consents to be named; then also their e-mail and phone.
 */
export function SharedCandidatesSection({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const candidates = useSharedCandidates(vacancyId);

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('imprese.candidates.title')}</h2>
      {candidates.isPending ? (
        // not the role="status" spinner: the page's own status box ("Offerta pubblicata.") is the one to hear
        <p className="text-muted-aa">{t('imprese.candidates.loading')}</p>
      ) : candidates.isError ? (
        <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.items.length === 0 ? (
        <p>{t('imprese.candidates.empty')}</p>
      ) : (
        <>
          <p>{t('imprese.candidates.intro')}</p>
          <DataTable caption={t('imprese.candidates.caption')} className="imprese-candidates">
            <thead>
              <tr>
                <th scope="col">{t('imprese.candidates.columns.candidate')}</th>
                <th scope="col">{t('imprese.candidates.columns.score')}</th>
                <th scope="col">{t('imprese.candidates.columns.strengths')}</th>
                <th scope="col">{t('imprese.candidates.columns.gaps')}</th>
                <th scope="col">{t('imprese.candidates.columns.named')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.data.items.map((candidate) => (
                <CandidateRow key={candidate.applicationId} candidate={candidate} />
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

function CandidateRow({ candidate }: { candidate: SharedCandidateResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const strengths = candidate.explanation.metRequired.map((skill) => skill.label);
  const named = candidate.named ? t('imprese.candidates.namedYes') : candidate.consent === 'pending' ? t('imprese.candidates.namedPending') : t('imprese.candidates.namedNo');
  return (
    <tr>
      <th scope="row" className="fw-normal">
        <span className="fw-semibold">{candidate.displayName ?? t('imprese.candidates.anonymous', { n: candidate.candidateNumber })}</span>
        {candidate.named && candidate.email && (
          <span className="d-block">
            {t('imprese.candidates.email')} <a href={`mailto:${candidate.email}`}>{candidate.email}</a>
          </span>
        )}
        {candidate.named && candidate.phone && (
          <span className="d-block">
            {t('imprese.candidates.phone')} <a href={`tel:${candidate.phone.replace(/\s+/g, '')}`}>{candidate.phone}</a>
          </span>
        )}
      </th>
      <td>{t('imprese.candidates.score', { score: Math.round(candidate.score) })}</td>
      <td>{strengths.length > 0 ? strengths.join(', ') : t('imprese.candidates.noStrengths')}</td>
      <td>{labels.summary(candidate.explanation)}</td>
      <td>{named}</td>
    </tr>
  );
}
