import type { ProfilingResponse } from '@opencpi/contracts';
import { QualitativeAssessmentBody } from '@opencpi/contracts/browser';
import { FormCheckboxField, FormRadioGroup, FormSelectField, FormShell, FormTextareaField, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useSaveAssessment } from '../api/use-save-assessment';
import { GOL_PATHWAYS, SKILLS_GAPS, isSkillsGap, usePattoLabels } from '../hooks/use-patto-labels';

interface AssessmentValues {
  skillsGap: string;
  needsSocialSupport: boolean;
  notes: string;
  pathway: string;
  overrideReason: string;
}
const toBody = (v: AssessmentValues): QualitativeAssessmentBody => ({
  skillsGap: v.skillsGap as QualitativeAssessmentBody['skillsGap'],
  needsSocialSupport: v.needsSocialSupport,
  pathway: Number(v.pathway),
  ...(v.notes.trim() ? { notes: v.notes.trim() } : {}),
  ...(v.overrideReason.trim() ? { overrideReason: v.overrideReason.trim() } : {}),
});

export interface AssessmentFormProps {
  citizenId: string;
  /** the last profiling: its answers prefill the form, its suggested pathway is shown */
  profiling: ProfilingResponse;
  onSaved: (profiling: ProfilingResponse) => void;
}

/**
 * "Valutazione qualitativa": skills gap, social or health support, interview notes, and the GOL pathway (preselected:
 * the one chosen last time, else the suggested one); QualitativeAssessmentBody's limits. The API recomputes the
 * suggestion from the answers and asks for a reason (400, `/overrideReason`) when the chosen pathway differs from it.
 */
export function AssessmentForm({ citizenId, profiling, onSaved }: AssessmentFormProps) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const save = useSaveAssessment(citizenId);
  const form = useDtoForm<AssessmentValues, QualitativeAssessmentBody>({
    dto: QualitativeAssessmentBody,
    toBody,
    serverError: save.error,
    defaultValues: {
      skillsGap: isSkillsGap(profiling.skillsGap) ? profiling.skillsGap : '',
      needsSocialSupport: profiling.needsSocialSupport ?? false,
      notes: profiling.notes ?? '',
      pathway: String(profiling.chosenPathway ?? profiling.suggestedPathway),
      overrideReason: profiling.overrideReason ?? '',
    },
  });

  return (
    <FormShell
      form={form}
      className="assessment-form"
      messages={(field) => t(`profiling.assessment.errors.${field}` as 'profiling.assessment.errors.notes')}
      onValid={(values) => save.mutate(toBody(values), { onSuccess: onSaved })}
    >
      {save.isError && <ProblemAlert error={save.error} />}
      <FormRadioGroup
        name="skillsGap"
        legend={t('profiling.assessment.skillsGap')}
        options={SKILLS_GAPS.map((gap) => ({ value: gap, label: t(`profiling.assessment.skillsGaps.${gap}`) }))}
      />
      <FormCheckboxField name="needsSocialSupport" className="mb-3" label={t('profiling.assessment.socialSupport')} />
      <FormTextareaField name="notes" label={t('profiling.assessment.notes')} rows={4} />
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <FormSelectField
            name="pathway"
            label={t('profiling.assessment.pathway')}
            hint={t('profiling.assessment.suggested', { pathway: labels.pathway(profiling.suggestedPathway) })}
          >
            {GOL_PATHWAYS.map((p) => (
              <option key={p} value={String(p)}>
                {labels.pathway(p)}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      <FormTextareaField name="overrideReason" label={t('profiling.assessment.overrideReason')} hint={t('profiling.assessment.overrideReasonHint')} rows={3} />
      <button type="submit" className="btn btn-primary" disabled={save.isPending} aria-busy={save.isPending}>
        {t('profiling.assessment.submit')}
      </button>
    </FormShell>
  );
}
