import type { VacancyMatchResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMatchingLabels } from '../matching-labels';
import { vacancyPath } from '../matching-paths';
import { SaveVacancyButton } from './save-vacancy-button';

/**
 * One vacancy of /offerte: the title (a link to its page), company, comune and contract; the fit ("Affinità: 87%"),
 * what the person has and what is missing (optional requirements apart), the distance as a fact; save it, and
 * whether I applied.
 */
export function VacancyMatchCard({ match }: { match: VacancyMatchResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const { vacancy, explanation } = match;
  const facts = [vacancy.companyName, vacancy.comuneName, labels.contract(vacancy.contractType)].filter(Boolean);
  return (
    <article className="item-card vacancy-card">
      <h2 className="h4 mb-1">
        <Link to={vacancyPath(vacancy.id)}>{vacancy.title}</Link>
      </h2>
      <p className="mb-2">{facts.join(' · ')}</p>
      {match.applicationStatus && (
        <p className="mb-2">
          <span className="badge bg-success">{t('matching.vacancies.applied')}</span>
        </p>
      )}
      <p className="fw-semibold mb-1">{labels.score(match.score)}</p>
      {labels.sentences(explanation).map((sentence) => (
        <p key={sentence} className="mb-1">
          {sentence}
        </p>
      ))}
      <p className="mb-2">{labels.distance(explanation)}</p>
      <SaveVacancyButton vacancyId={vacancy.id} saved={match.saved} title={vacancy.title} />
    </article>
  );
}
