import { CourseBody } from '@opencpi/contracts/browser';
import {
  dtoResolver,
  FieldMessagesContext,
  FormCheckboxField,
  FormDateField,
  FormSelectField,
  FormTextField,
  focusFirstInvalid,
  ProblemAlert,
  useFieldError,
  useServerErrors,
  type FieldMessages,
} from '@opencpi/ui';
import { useRef } from 'react';
import { FormProvider, useController, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateCourse } from '../api/use-create-course';
import { COURSE_FORM_DEFAULTS, courseFieldOf, toCourseBody, type CourseFormValues } from '../course-form-values';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { COURSE_MODES, EQF_LEVELS } from '../matching-options';
import { ComuneField } from './comune-field';
import { CourseSkillsFieldset } from './course-skills-fieldset';

const resolver = dtoResolver<CourseFormValues, CourseBody>(CourseBody, toCourseBody, courseFieldOf);
const MESSAGE_KEYS: Record<string, string> = { skills: 'skillIds', comune: 'comuneIstat' };

function useCourseMessages(): FieldMessages {
  const { t } = useTranslation('operator');
  return (field) => t(`matching.courses.form.errors.${MESSAGE_KEYS[field] ?? field}` as 'matching.courses.form.errors.title');
}

function CourseComuneField() {
  const { t } = useTranslation('operator');
  const { field } = useController<CourseFormValues, 'comune'>({ name: 'comune' });
  return (
    <ComuneField
      label={t('matching.courses.form.comune')}
      value={field.value ?? undefined}
      onChange={(comune) => field.onChange(comune ?? null)}
      error={useFieldError('comune')}
      removeLabel={t('matching.courses.form.comuneRemove')}
    />
  );
}

/** "Nuovo corso": provider, title, skills taught, EQF, hours, mode, comune, dates, seats, free, GOL; CourseBody's limits. */
export function CourseForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const create = useCreateCourse();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<CourseFormValues>({ resolver, defaultValues: COURSE_FORM_DEFAULTS });
  useServerErrors(form, create.error, courseFieldOf);
  const submit = form.handleSubmit(
    (values) =>
      create.mutate(toCourseBody(values), {
        onSuccess: () => {
          form.reset(COURSE_FORM_DEFAULTS);
          onAdded();
        },
      }),
    () => {
      create.reset();
      focusFirstInvalid(formRef.current);
    },
  );

  return (
    <FieldMessagesContext value={useCourseMessages()}>
      <FormProvider {...form}>
        <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
          {create.isError && <ProblemAlert error={create.error} />}
          <div className="form-pair">
            <FormTextField name="provider" label={t('matching.courses.form.provider')} />
            <FormTextField name="title" label={t('matching.courses.form.courseTitle')} />
          </div>
          <CourseSkillsFieldset />
          <div className="row">
            <div className="col-md-6">
              <FormSelectField name="eqf" label={t('matching.courses.form.eqf')}>
                <option value="">{t('matching.courses.form.eqfNone')}</option>
                {EQF_LEVELS.filter((level) => level > 0).map((level) => (
                  <option key={level} value={String(level)}>
                    {labels.eqf(level)}
                  </option>
                ))}
              </FormSelectField>
            </div>
            <div className="col-sm-6 col-md-3">
              <FormTextField name="hours" inputMode="numeric" label={t('matching.courses.form.hours')} />
            </div>
            <div className="col-sm-6 col-md-3">
              <FormSelectField name="mode" label={t('matching.courses.form.mode')}>
                {COURSE_MODES.map((m) => (
                  <option key={m} value={m}>
                    {labels.courseMode(m)}
                  </option>
                ))}
              </FormSelectField>
            </div>
          </div>
          <CourseComuneField />
          <div className="row">
            <div className="col-sm-6 col-md-4">
              <FormDateField name="startDate" label={t('matching.courses.form.startDate')} />
            </div>
            <div className="col-sm-6 col-md-4">
              <FormDateField name="endDate" label={t('matching.courses.form.endDate')} />
            </div>
            <div className="col-sm-6 col-md-4">
              <FormTextField name="seats" inputMode="numeric" label={t('matching.courses.form.seats')} />
            </div>
          </div>
          <fieldset className="form-fieldset">
            <legend>{t('matching.courses.form.options')}</legend>
            <FormCheckboxField name="free" className="matching-check" label={t('matching.courses.form.free')} />
            <FormCheckboxField name="golEligible" className="matching-check" label={t('matching.courses.form.golEligible')} />
          </fieldset>
          <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
            {t('matching.courses.form.submit')}
          </button>
        </form>
      </FormProvider>
    </FieldMessagesContext>
  );
}
