import type { VacancyResponse } from '@opencpi/contracts';
import { useFormatters } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { romeDay } from '../../patto/dates';
import { useExplanationLabels } from '../hooks/use-explanation-labels';
import { useMatchingLabels } from '../hooks/use-matching-labels';

/** The flags of a vacancy: each expression that may be discriminatory, why, and the rule it comes from. */
export function VacancyFlagList({ vacancy }: { vacancy: VacancyResponse }) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const explain = useExplanationLabels();
  return (
    <ul className="matching-flags">
      {vacancy.flags.map((flag, i) => (
        <li key={`${flag.code}-${i}`}>
          <span className="fw-semibold">{t('matching.vacancy.flags.item', { excerpt: flag.excerpt, field: labels.field(flag.field) })}</span>
          {': '}
          {explain.flagReason(flag)}
          <br />
          <span className="small">{t('matching.vacancy.flags.source', { source: flag.source })}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Offerta": company, occupation, comune, contract, pay, positions, dates, status and moderation, the description,
 * the requirements (skills with the essential ones marked, EQF, languages, licences) and the flags, if any.
 */
export function VacancyDetails({ vacancy }: { vacancy: VacancyResponse }) {
  const { t } = useTranslation('operator');
  const f = useFormatters();
  const labels = useMatchingLabels();
  const headingId = useId();
  const requirementsId = useId();
  const flagsId = useId();
  const none = t('matching.vacancy.requirements.none');

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('matching.vacancy.details.title')}</h2>
      <DataList
        items={[
          { label: t('matching.vacancy.details.company'), value: vacancy.companyName },
          { label: t('matching.vacancy.details.occupation'), value: vacancy.occupationLabel },
          { label: t('matching.vacancy.details.comune'), value: vacancy.comuneName },
          { label: t('matching.vacancy.details.contractType'), value: labels.contractType(vacancy.contractType) },
          { label: t('matching.vacancy.details.hours'), value: labels.hours(vacancy.hours) },
          { label: t('matching.vacancy.details.pay'), value: labels.pay(vacancy.payMin, vacancy.payMax) },
          ...(vacancy.durationMonths !== undefined ? [{ label: t('matching.vacancy.details.duration'), value: labels.months(vacancy.durationMonths) }] : []),
          ...(vacancy.startDate ? [{ label: t('matching.vacancy.details.startDate'), value: f.date(vacancy.startDate) }] : []),
          { label: t('matching.vacancy.details.positions'), value: String(vacancy.positions) },
          { label: t('matching.vacancy.details.expiresOn'), value: f.date(vacancy.expiresOn) },
          { label: t('matching.vacancy.details.status'), value: labels.vacancyStatus(vacancy.status) },
          { label: t('matching.vacancy.details.moderation'), value: labels.moderation(vacancy.moderation) },
          ...(vacancy.moderationNote ? [{ label: t('matching.vacancy.details.moderationNote'), value: vacancy.moderationNote }] : []),
          ...(vacancy.publishedAt ? [{ label: t('matching.vacancy.details.publishedAt'), value: f.date(romeDay(vacancy.publishedAt)) }] : []),
        ]}
      />
      <h3>{t('matching.vacancy.details.description')}</h3>
      <p className="matching-description">{vacancy.description}</p>

      <h3 id={requirementsId}>{t('matching.vacancy.requirements.title')}</h3>
      <DataList
        items={[
          {
            label: t('matching.vacancy.requirements.skills'),
            value:
              vacancy.skills.length === 0 ? (
                t('matching.vacancy.requirements.noSkills')
              ) : (
                <ul className="mb-0 ps-3">
                  {vacancy.skills.map((s) => (
                    <li key={s.skillId}>{s.required ? t('matching.vacancy.requirements.required', { label: s.label }) : s.label}</li>
                  ))}
                </ul>
              ),
          },
          { label: t('matching.vacancy.requirements.eqf'), value: labels.eqf(vacancy.minEqf) },
          {
            label: t('matching.vacancy.requirements.languages'),
            value:
              vacancy.languages.length === 0
                ? none
                : vacancy.languages.map((l) => t('matching.vacancy.requirements.language', { language: labels.language(l.language), level: labels.cefr(l.level) })).join(', '),
          },
          {
            label: t('matching.vacancy.requirements.licences'),
            value: vacancy.licences.length === 0 ? none : vacancy.licences.map((l) => labels.licence(l)).join(', '),
          },
        ]}
      />

      {vacancy.flags.length > 0 && (
        <>
          <h3 id={flagsId}>{t('matching.vacancy.flags.title')}</h3>
          <p>{t('matching.vacancy.flags.intro')}</p>
          <VacancyFlagList vacancy={vacancy} />
        </>
      )}
    </section>
  );
}
