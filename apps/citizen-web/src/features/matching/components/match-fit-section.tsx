import type { MatchExplanationResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';

/**
 * "Quanto sei vicino a questa offerta": the fit, what the person already has (skills met, the occupation), what
 * they miss (required and optional skills, languages, licences, study title) and the distance against their limit.
 */
export function MatchFitSection({ score, explanation }: { score: number; explanation: MatchExplanationResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();

  const have = [
    ...explanation.metRequired.map((s) => s.label),
    ...explanation.metOptional.map((s) => s.label),
    ...(explanation.occupationMatch === 'same' ? [t('matching.vacancy.fit.same')] : explanation.occupationMatch === 'group' ? [t('matching.vacancy.fit.group')] : []),
  ];
  const missing = labels.missing(explanation, { withOptional: true });

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.vacancy.fit.title')}</h2>
      <p className="fs-5 fw-semibold">{labels.score(score)}</p>
      <h3 className="h5">{t('matching.vacancy.fit.have')}</h3>
      {have.length > 0 ? (
        <ul>
          {have.map((item, i) => (
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{t('matching.vacancy.fit.haveNothing')}</p>
      )}
      <h3 className="h5">{t('matching.vacancy.fit.missing')}</h3>
      {missing.length > 0 ? (
        <ul>
          {missing.map((item, i) => (
            <li key={`${i}-${item}`}>{item}</li>
          ))}
        </ul>
      ) : (
        <p>{t('matching.vacancy.fit.complete')}</p>
      )}
      <p>{t('matching.vacancy.fit.distance', { km: labels.km(explanation.distanceKm), max: labels.km(explanation.maxKm) })}</p>
    </section>
  );
}
