import type { OfficeResponse, OperatorVacancyBody } from '@opencpi/contracts';
import { VacancyForm as SharedVacancyForm } from '@opencpi/ui';
import { useMatchingLabels } from '../hooks/use-matching-labels';

export interface VacancyFormProps {
  offices: readonly OfficeResponse[];
  /** the failed save, if any (its field errors are shown next to the fields) */
  error: unknown;
  pending: boolean;
  onSubmit: (body: OperatorVacancyBody) => void;
}

/** A vacancy entered by an operator for a company: the shared form of @opencpi/ui (audience "operator", with the office). */
export function VacancyForm({ offices, error, pending, onSubmit }: VacancyFormProps) {
  const labels = useMatchingLabels();
  return (
    <SharedVacancyForm
      audience="operator"
      offices={offices}
      labels={{ ...labels, level: labels.cefr }}
      saving={pending}
      error={error}
      onSave={(body) => onSubmit(body as OperatorVacancyBody)}
    />
  );
}
