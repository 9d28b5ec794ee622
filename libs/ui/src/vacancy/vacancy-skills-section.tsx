import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TaxonomyAutocomplete } from '../combobox/taxonomy-autocomplete';
import { useFieldError } from '../forms/field-messages';
import { FormCheckboxField, FormSelectField } from '../forms/form-fields';
import { SKILL_WEIGHTS, type VacancyFormValues } from './vacancy-form-values';

/** the DTO takes at most 30 skills (VacancyBody.skills): past it, picking adds nothing and the resolver says why */
const DEFAULT_WEIGHT = '3';

function SkillRowError({ index }: { index: number }) {
  const skillError = useFieldError(`skills.${index}.skillId`);
  const requiredError = useFieldError(`skills.${index}.required`);
  const error = skillError ?? requiredError;
  if (!error) return null;
  return (
    <p className="text-field__error invalid-feedback d-block" role="alert">
      {error}
    </p>
  );
}

/** "Competenze richieste": an ESCO skill autocomplete that adds rows; each row says whether the skill is essential and how much it counts. */
export function VacancySkillsSection({ id }: { id: string }) {
  const { t } = useTranslation('common');
  const { control } = useFormContext<VacancyFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'skills', keyName: 'key' });
  const skills = useWatch({ control, name: 'skills' });
  const error = useFieldError('skills');
  const searchId = `${id}-skill-search`;

  return (
    <section className="form-section" aria-labelledby={`${id}-skills`}>
      <h3 id={`${id}-skills`} className="h4">
        {t('vacancyForm.skills.title')}
      </h3>
      <p>{t('vacancyForm.skills.intro')}</p>
      <TaxonomyAutocomplete
        kind="skills"
        id={searchId}
        label={t('vacancyForm.skills.search')}
        hint={t('vacancyForm.skills.searchHint')}
        error={error}
        exclude={skills.map((s) => s.skillId)}
        onPick={(skill) => append({ skillId: skill.id, label: skill.label, required: true, weight: DEFAULT_WEIGHT })}
      />
      {fields.length === 0 && <p>{t('vacancyForm.skills.empty')}</p>}
      {fields.map((skill, i) => (
        <fieldset key={skill.key} className="repeat-row">
          <legend>{skill.label}</legend>
          <SkillRowError index={i} />
          <div className="repeat-row__fields">
            <FormCheckboxField name={`skills.${i}.required`} label={t('vacancyForm.skills.required')} className="form-choice-inline" />
            <FormSelectField name={`skills.${i}.weight`} label={t('vacancyForm.skills.weight')}>
              {SKILL_WEIGHTS.map((w) => (
                <option key={w} value={w}>
                  {t(`vacancyForm.skills.weights.${w}`)}
                </option>
              ))}
            </FormSelectField>
          </div>
          <button
            type="button"
            className="btn btn-outline-danger btn-sm repeat-row__remove"
            onClick={() => {
              remove(i);
              document.getElementById(searchId)?.focus();
            }}
          >
            {t('vacancyForm.skills.remove', { label: skill.label })}
          </button>
        </fieldset>
      ))}
    </section>
  );
}
