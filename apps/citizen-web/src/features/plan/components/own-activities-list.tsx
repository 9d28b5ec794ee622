import type { PlanItemResponse } from '@opencpi/contracts';
import { DataList, type DataListItem } from '@opencpi/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../shared/hooks/use-dates';
import { usePlanLabels } from '../plan-labels';

/** "Le mie attività di ricerca": what the person recorded, newest first (kind, description, employer, date, proof). */
export function OwnActivitiesList({ items }: { items: readonly PlanItemResponse[] }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = usePlanLabels();
  const headingId = useId();
  const sorted = [...items].sort((a, b) => (b.date ?? b.createdAt).localeCompare(a.date ?? a.createdAt));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.own.title')}</h2>
      {sorted.length === 0 ? (
        <p>{t('plan.own.empty')}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((item) => {
            const details: DataListItem[] = [{ label: t('plan.own.kind'), value: labels.kind(item.kind) }];
            if (item.employer) details.push({ label: t('plan.own.employer'), value: item.employer });
            if (item.date) details.push({ label: t('plan.own.date'), value: dates.day(item.date) });
            if (item.proofFileName) details.push({ label: t('plan.own.proof'), value: item.proofFileName });
            return (
              <li key={item.id} className="item-card">
                <h3 className="h5 mb-2">{item.title}</h3>
                <DataList items={details} stacked className="mb-0" />
                {item.notes && <p className="pre-line mb-0 mt-2">{item.notes}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
