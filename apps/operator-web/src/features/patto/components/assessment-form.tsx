import type { ProfilingResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFields } from '../../agenda/problem-fields';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { TextareaField } from '../../forms/components/textarea-field';
import { useSaveAssessment } from '../api/use-save-assessment';
import { GOL_PATHWAYS, SKILLS_GAPS, isPathway, isSkillsGap, usePattoLabels, type SkillsGap } from '../hooks/use-patto-labels';

type Field = 'skillsGap' | 'needsSocialSupport' | 'notes' | 'pathway' | 'overrideReason';

export interface AssessmentFormProps {
  citizenId: string;
  /** the last profiling: its answers prefill the form, its suggested pathway is shown */
  profiling: ProfilingResponse;
  onSaved: (profiling: ProfilingResponse) => void;
}

/**
 * "Valutazione qualitativa": skills gap, social or health support, interview notes, and the GOL pathway (preselected:
 * the one chosen last time, else the suggested one). The API recomputes the suggestion from the answers and asks for
 * a reason (400, `/overrideReason`) when the chosen pathway differs from it.
 */
export function AssessmentForm({ citizenId, profiling, onSaved }: AssessmentFormProps) {
  const { t } = useTranslation('operator');
  const labels = usePattoLabels();
  const save = useSaveAssessment(citizenId);
  const legendId = useId();
  const [skillsGap, setSkillsGap] = useState<SkillsGap | ''>(isSkillsGap(profiling.skillsGap) ? profiling.skillsGap : '');
  const [needsSocialSupport, setNeedsSocialSupport] = useState(profiling.needsSocialSupport ?? false);
  const [notes, setNotes] = useState(profiling.notes ?? '');
  const [pathway, setPathway] = useState(String(profiling.chosenPathway ?? profiling.suggestedPathway));
  const [overrideReason, setOverrideReason] = useState(profiling.overrideReason ?? '');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, true>>>({});

  const server = problemFields(save.error);
  const errorOf = (field: Field): string | undefined =>
    localErrors[field] || server.has(`/${field}`) ? t(`profiling.assessment.errors.${field}`) : undefined;

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = Number(pathway);
    const errors: Partial<Record<Field, true>> = {};
    if (!skillsGap) errors.skillsGap = true;
    if (!isPathway(chosen)) errors.pathway = true;
    if (notes.trim().length > 1000) errors.notes = true;
    if (overrideReason.trim().length > 500) errors.overrideReason = true;
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !skillsGap) {
      save.reset();
      return;
    }
    save.mutate(
      {
        skillsGap,
        needsSocialSupport,
        pathway: chosen,
        ...(notes.trim() ? { notes: notes.trim() } : {}),
        ...(overrideReason.trim() ? { overrideReason: overrideReason.trim() } : {}),
      },
      { onSuccess: onSaved },
    );
  };

  const skillsGapError = errorOf('skillsGap');
  return (
    <form className="assessment-form" onSubmit={submit} noValidate>
      {save.isError && <ProblemAlert error={save.error} />}
      <fieldset
        className={['form-fieldset', skillsGapError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={skillsGapError ? `${legendId}-error` : undefined}
      >
        <legend>{t('profiling.assessment.skillsGap')}</legend>
        {SKILLS_GAPS.map((gap) => (
          <CheckboxField
            key={gap}
            type="radio"
            name={`${legendId}-skillsGap`}
            value={gap}
            checked={skillsGap === gap}
            onChange={() => setSkillsGap(gap)}
            label={t(`profiling.assessment.skillsGaps.${gap}`)}
          />
        ))}
        {skillsGapError && (
          <p id={`${legendId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {skillsGapError}
          </p>
        )}
      </fieldset>
      <CheckboxField
        className="mb-3"
        checked={needsSocialSupport}
        onChange={(e) => setNeedsSocialSupport(e.target.checked)}
        label={t('profiling.assessment.socialSupport')}
      />
      {errorOf('needsSocialSupport') && <p className="text-field__error">{errorOf('needsSocialSupport')}</p>}
      <TextareaField
        label={t('profiling.assessment.notes')}
        value={notes}
        error={errorOf('notes')}
        onChange={(e) => setNotes(e.target.value)}
        maxLength={1000}
        rows={4}
      />
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            label={t('profiling.assessment.pathway')}
            hint={t('profiling.assessment.suggested', { pathway: labels.pathway(profiling.suggestedPathway) })}
            value={pathway}
            error={errorOf('pathway')}
            onChange={(e) => setPathway(e.target.value)}
            required
          >
            {GOL_PATHWAYS.map((p) => (
              <option key={p} value={String(p)}>
                {labels.pathway(p)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextareaField
        label={t('profiling.assessment.overrideReason')}
        hint={t('profiling.assessment.overrideReasonHint')}
        value={overrideReason}
        error={errorOf('overrideReason')}
        onChange={(e) => setOverrideReason(e.target.value)}
        maxLength={500}
        rows={3}
      />
      <button type="submit" className="btn btn-primary" disabled={save.isPending} aria-busy={save.isPending}>
        {t('profiling.assessment.submit')}
      </button>
    </form>
  );
}
