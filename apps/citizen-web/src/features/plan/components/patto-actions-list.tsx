import type { PlanItemResponse } from '@opencpi/contracts';
import { ProblemAlert } from '@opencpi/ui';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DueDate } from '../../shared/components/due-date';
import { useDates } from '../../shared/hooks/use-dates';
import { useSetPlanItemStatus } from '../api/use-set-plan-item-status';
import { usePlanLabels } from '../plan-labels';

/**
 * "Azioni del patto": each action with its due date ("Scaduto il …" once past), its state and "Segna come fatta" /
 * "Non fatta". `emptyNote` replaces "no actions" when the patto has actions that are not in force yet.
 */
export function PattoActionsList({ items, emptyNote }: { items: readonly PlanItemResponse[]; emptyNote?: ReactNode }) {
  const { t } = useTranslation('citizen');
  const headingId = useId();
  const sorted = [...items].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  return (
    <section className="section-block" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.patto.title')}</h2>
      {sorted.length === 0 ? (
        (emptyNote ?? <p>{t('plan.patto.empty')}</p>)
      ) : (
        <ul className="plain-list">
          {sorted.map((item) => (
            <PattoActionItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PattoActionItem({ item }: { item: PlanItemResponse }) {
  const { t } = useTranslation('citizen');
  const dates = useDates();
  const labels = usePlanLabels();
  const setStatus = useSetPlanItemStatus();
  const overdue = item.status === 'todo' && item.overdue;

  const mark = (status: 'done' | 'not_done') => {
    if (setStatus.isPending) return;
    setStatus.mutate({ itemId: item.id, status });
  };

  return (
    <li className={['item-card', overdue ? 'plan-item--overdue' : ''].filter(Boolean).join(' ')}>
      <h3 className="h5 mb-1">{item.title}</h3>
      <p className="mb-2">
        {item.dueDate && (item.status === 'todo' ? <DueDate date={item.dueDate} dueKey="plan.patto.due" /> : t('plan.patto.due', { date: dates.day(item.dueDate) }))}
        {item.dueDate && ' · '}
        {t('plan.patto.state')}:{' '}
        <span className={overdue ? 'fw-bold text-danger' : 'fw-semibold'} aria-live="polite">
          {labels.state(item.status, item.overdue)}
        </span>
      </p>
      {setStatus.isError && <ProblemAlert error={setStatus.error} />}
      <div className="form-actions mt-0" aria-busy={setStatus.isPending}>
        <button type="button" className="btn btn-outline-primary btn-sm" aria-label={t('plan.patto.markDoneFor', { title: item.title })} onClick={() => mark('done')}>
          {t('plan.patto.markDone')}
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" aria-label={t('plan.patto.markNotDoneFor', { title: item.title })} onClick={() => mark('not_done')}>
          {t('plan.patto.markNotDone')}
        </button>
      </div>
    </li>
  );
}
