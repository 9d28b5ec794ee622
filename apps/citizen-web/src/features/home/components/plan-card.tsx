import type { PlanItemResponse } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { useMyPatti } from '../../patto/api/use-my-patti';
import { pattoState } from '../../patto/patto-state';
import { useMyPlan } from '../../plan/api/use-my-plan';
import { DueDate } from '../../shared/components/due-date';
import { StatusCard } from './status-card';

/** The plan's items still to do, as the plan reports them: how many, how many overdue (`overdue` from the API), the nearest one. */
export function planDue(items: readonly PlanItemResponse[]) {
  const todo = items.filter((i) => i.status === 'todo' && i.dueDate).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const overdue = todo.filter((i) => i.overdue);
  const upcoming = todo.filter((i) => !i.overdue);
  return { todo, overdue, nearest: upcoming[0] ?? overdue[0] };
}

/** "Il mio piano": actions due and overdue ("Scaduto il …"), or, before the patto is in force, why the plan is empty. */
export function PlanCard() {
  const { t } = useTranslation('citizen');
  const plan = useMyPlan();
  const patti = useMyPatti();
  const due = planDue(plan.data?.items ?? []);
  const state = pattoState(patti.data?.items[0]);
  const waitingPatto = due.todo.length === 0 && !plan.data?.items.some((i) => i.source === 'patto') && (state.kind === 'to_sign' || state.kind === 'waiting_others');
  return (
    <StatusCard title={t('home.plan.title')} query={plan} tone={due.overdue.length > 0 ? 'attention' : undefined} action={{ to: '/piano', label: t('home.plan.view') }}>
      {due.todo.length === 0 ? (
        <p>{waitingPatto ? t('home.plan.waitingPatto') : t('home.plan.nothingDue')}</p>
      ) : (
        <>
          <p className="fw-semibold mb-1">{t('home.plan.due', { count: due.todo.length })}</p>
          {due.overdue.length > 0 && <p className="app-overdue mb-1">{t('home.plan.overdue', { count: due.overdue.length })}</p>}
          {due.nearest?.dueDate && (
            <p>
              {due.nearest.title}: <DueDate date={due.nearest.dueDate} />
            </p>
          )}
        </>
      )}
    </StatusCard>
  );
}
