import type { VacancyBody } from '@opencpi/contracts';
import { VacancyForm as SharedVacancyForm, type VacancyFormProps as SharedProps } from '@opencpi/ui';
import { useImpreseLabels } from '../imprese-labels';

export type VacancyFormProps = Omit<SharedProps, 'audience' | 'labels' | 'offices' | 'onSave'> & {
  onSave: (body: VacancyBody) => Promise<unknown>;
};

/** The company area's vacancy form: the shared one of @opencpi/ui (audience "company"), with this app's option names. */
export function VacancyForm({ onSave, ...props }: VacancyFormProps) {
  const labels = useImpreseLabels();
  return <SharedVacancyForm {...props} audience="company" labels={labels} onSave={(body) => onSave(body)} />;
}
