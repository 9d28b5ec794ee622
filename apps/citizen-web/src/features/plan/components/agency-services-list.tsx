import type { PlanItemResponse } from '@opencpi/contracts';
import { useCodeLabels } from '@opencpi/i18n';
import { DataList } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';

/** "Servizi ricevuti dalle agenzie": what an accredited agency recorded for the person (newest first); nothing when none. */
export function AgencyServicesList({ items }: { items: readonly PlanItemResponse[] }) {
  const { t } = useTranslation('citizen');
  const labels = useCodeLabels();
  const dates = useDates();
  const headingId = useId();
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => (b.date ?? b.createdAt).localeCompare(a.date ?? a.createdAt));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.agency.title')}</h2>
      <p>{t('plan.agency.intro')}</p>
      <ul className="plain-list">
        {sorted.map((item) => (
          <li key={item.id} className="item-card">
            <h3 className="h5 mb-2">{labels.agencyService(item.title)}</h3>
            <DataList
              items={[
                { label: t('plan.agency.agency'), value: item.agencyName ?? '' },
                { label: t('plan.agency.date'), value: item.date ? dates.day(item.date) : '' },
              ]}
              stacked
              className="mb-0"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
