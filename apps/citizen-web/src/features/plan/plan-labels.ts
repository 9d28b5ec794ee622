import type { OwnActivityKind } from '@opencpi/contracts';
import { useCodeLabels } from '@opencpi/i18n';
import { useTranslation } from 'react-i18next';

/** The kinds of own activity, copied from contracts' OWN_ACTIVITY_KINDS (the SPAs import types only). */
export const OWN_ACTIVITY_KINDS = ['application', 'interview', 'course', 'other'] as const satisfies readonly OwnActivityKind[];

/** Labels of the plan's values: kind of activity, and the state of an action ("Scaduta" for an overdue one still to do). */
export function usePlanLabels() {
  const { t } = useTranslation('citizen');
  const codes = useCodeLabels();
  return {
    kind: codes.activityKind,
    state: (status: string, overdue: boolean): string => {
      if (status === 'done') return t('plan.status.done');
      if (status === 'not_done') return t('plan.status.not_done');
      return overdue ? t('plan.status.overdue') : t('plan.status.todo');
    },
  };
}
