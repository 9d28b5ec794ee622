import type { VacancyResponse } from '@opencpi/contracts';
import { DataList, type DataListItem } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useImpreseLabels } from '../imprese-labels';

/** "Dettagli dell'offerta": a published or closed vacancy, read-only. */
export function VacancyDetailsSection({ vacancy }: { vacancy: VacancyResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const dates = useDates();
  const headingId = useId();
  const none = t('imprese.detail.none');

  const pay =
    vacancy.payMin !== undefined && vacancy.payMin !== null && vacancy.payMax !== undefined && vacancy.payMax !== null
      ? t('imprese.detail.payRange', { min: labels.euro(vacancy.payMin), max: labels.euro(vacancy.payMax) })
      : vacancy.payMin !== undefined && vacancy.payMin !== null
        ? t('imprese.detail.payFrom', { min: labels.euro(vacancy.payMin) })
        : vacancy.payMax !== undefined && vacancy.payMax !== null
          ? t('imprese.detail.payUpTo', { max: labels.euro(vacancy.payMax) })
          : undefined;

  const all: (DataListItem & { optional?: boolean })[] = [
    { label: t('imprese.detail.occupation'), value: vacancy.occupationLabel },
    { label: t('imprese.detail.description'), value: <span className="pre-line">{vacancy.description}</span> },
    {
      label: t('imprese.detail.skills'),
      value:
        vacancy.skills.length === 0 ? (
          none
        ) : (
          <ul className="mb-0 ps-3">
            {vacancy.skills.map((skill) => (
              <li key={skill.skillId}>
                {skill.required ? t('imprese.detail.skillRequired', { label: skill.label, weight: skill.weight }) : t('imprese.detail.skillOptional', { label: skill.label })}
              </li>
            ))}
          </ul>
        ),
    },
    { label: t('imprese.detail.minEqf'), value: labels.eqf(vacancy.minEqf) },
    {
      label: t('imprese.detail.languages'),
      value:
        vacancy.languages.length === 0
          ? none
          : vacancy.languages.map((l) => t('imprese.detail.languageLevel', { language: labels.language(l.language), level: labels.level(l.level) })).join(', '),
    },
    {
      label: t('imprese.detail.licences'),
      value: vacancy.licences.length === 0 ? none : vacancy.licences.map((l) => labels.licence(l)).join(', '),
    },
    { label: t('imprese.detail.comune'), value: vacancy.comuneName },
    { label: t('imprese.detail.contractType'), value: labels.contractType(vacancy.contractType) },
    { label: t('imprese.detail.hours'), value: labels.hours(vacancy.hours) },
    { label: t('imprese.detail.pay'), value: pay, optional: true },
    {
      label: t('imprese.detail.durationMonths'),
      value: vacancy.durationMonths ? (vacancy.durationMonths === 1 ? t('imprese.detail.oneMonth') : t('imprese.detail.months', { n: vacancy.durationMonths })) : undefined,
      optional: true,
    },
    { label: t('imprese.detail.startDate'), value: vacancy.startDate ? dates.day(vacancy.startDate) : undefined, optional: true },
    { label: t('imprese.detail.positions'), value: String(vacancy.positions) },
    { label: t('imprese.detail.expiresOn'), value: dates.day(vacancy.expiresOn) },
  ];
  // what the employer left out (pay, duration, start) is not listed
  const items: DataListItem[] = all.filter((item) => !item.optional || item.value !== undefined).map(({ label, value }) => ({ label, value }));

  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('imprese.detail.details')}</h2>
      <DataList items={items} />
    </section>
  );
}
