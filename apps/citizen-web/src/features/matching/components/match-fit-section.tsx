import type { MatchExplanationResponse } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchingLabels } from '../matching-labels';

/**
 * "Quanto sei vicino a questa offerta": the fit, what the person already has (skills met, the occupation), what
 * they miss of what is required (skills, languages, licences, study title), optional requirements apart, and the
 * distance against their limit (a fact, not a gap).
 */
export function MatchFitSection({ score, explanation }: { score: number; explanation: MatchExplanationResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const headingId = useId();

  const have = labels.have(explanation);
  const missing = labels.missing(explanation);
  const optional = labels.missingOptional(explanation);

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
      {optional.length > 0 && (
        <>
          <h3 className="h5">{t('matching.vacancy.fit.optional')}</h3>
          <ul>
            {optional.map((item, i) => (
              <li key={`${i}-${item}`}>{item}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('matching.vacancy.fit.distance', { km: labels.km(explanation.distanceKm), max: labels.km(explanation.maxKm) })}</p>
    </section>
  );
}
