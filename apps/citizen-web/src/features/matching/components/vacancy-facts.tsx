import type { VacancyResponse } from '@opencpi/contracts';
import { DataList, type DataListItem } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { useMatchingLabels } from '../matching-labels';

/** The facts of a vacancy (company, comune, contract, hours, pay, start, positions, expiry) and its description. */
export function VacancyFacts({ vacancy }: { vacancy: VacancyResponse }) {
  const { t } = useTranslation('citizen');
  const labels = useMatchingLabels();
  const dates = useDates();
  const descriptionId = useId();

  const contract =
    vacancy.durationMonths !== undefined
      ? t('matching.vacancy.duration', { contract: labels.contract(vacancy.contractType), months: vacancy.durationMonths })
      : labels.contract(vacancy.contractType);
  const pay =
    vacancy.payMin !== undefined && vacancy.payMax !== undefined
      ? t('matching.vacancy.payRange', { min: labels.euro(vacancy.payMin), max: labels.euro(vacancy.payMax) })
      : vacancy.payMin !== undefined
        ? t('matching.vacancy.payFrom', { min: labels.euro(vacancy.payMin) })
        : vacancy.payMax !== undefined
          ? t('matching.vacancy.payUpTo', { max: labels.euro(vacancy.payMax) })
          : undefined;

  const items: DataListItem[] = [
    ...(vacancy.companyName ? [{ label: t('matching.vacancy.company'), value: vacancy.companyName }] : []),
    { label: t('matching.vacancy.comune'), value: vacancy.comuneName },
    { label: t('matching.vacancy.contract'), value: contract },
    { label: t('matching.vacancy.hours'), value: labels.hours(vacancy.hours) },
    ...(pay ? [{ label: t('matching.vacancy.pay'), value: pay }] : []),
    ...(vacancy.startDate ? [{ label: t('matching.vacancy.start'), value: dates.day(vacancy.startDate) }] : []),
    { label: t('matching.vacancy.positions'), value: String(vacancy.positions) },
    { label: t('matching.vacancy.expires'), value: dates.day(vacancy.expiresOn) },
  ];

  return (
    <>
      <DataList items={items} />
      <section className="section-block" aria-labelledby={descriptionId}>
        <h2 id={descriptionId}>{t('matching.vacancy.description')}</h2>
        <p className="pre-line">{vacancy.description}</p>
      </section>
    </>
  );
}
