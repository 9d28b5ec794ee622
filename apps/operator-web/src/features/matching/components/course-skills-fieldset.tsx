import { useFieldError } from '@opencpi/ui';
import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CourseFormValues } from '../course-form-values';
import { SkillSearch } from './skill-search';

/** "Competenze insegnate": the ESCO skills combobox adds them, each with its "Rimuovi". */
export function CourseSkillsFieldset() {
  const { t } = useTranslation('operator');
  const searchId = `${useId()}-skill-search`;
  const { control } = useFormContext<CourseFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'skills', keyName: 'key' });
  const error = useFieldError('skills');
  return (
    <fieldset className={['form-fieldset', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
      <legend>{t('matching.courses.form.skills')}</legend>
      <SkillSearch id={searchId} chosenIds={fields.map((s) => s.id)} onAdd={(skill) => append(skill)} />
      {fields.length === 0 ? (
        <p>{t('matching.courses.form.noSkills')}</p>
      ) : (
        <ul className="list-unstyled">
          {fields.map((skill, i) => (
            <li key={skill.key} className="d-flex flex-wrap align-items-center gap-2 mb-2">
              <span>{skill.label}</span>
              <button
                type="button"
                className="btn btn-outline-danger btn-sm"
                onClick={() => {
                  remove(i);
                  document.getElementById(searchId)?.focus();
                }}
              >
                {t('matching.vacancyForm.skillRemove', { label: skill.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
