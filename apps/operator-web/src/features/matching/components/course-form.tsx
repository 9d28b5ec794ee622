import type { ComuneResponse, LabelledIdResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../agenda/dates';
import { problemFields } from '../../agenda/problem-fields';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { useCreateCourse } from '../api/use-create-course';
import { focusFirstInvalid } from '../focus-first-invalid';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { COURSE_MODES, EQF_LEVELS, isCourseMode } from '../matching-options';
import { ComuneField } from './comune-field';
import { SkillSearch } from './skill-search';

const MAX_SKILLS = 30;
const WHOLE = /^\d+$/;

interface FormState {
  provider: string;
  title: string;
  skills: LabelledIdResponse[];
  eqf: string;
  hours: string;
  mode: string;
  comune?: ComuneResponse;
  startDate: string;
  endDate: string;
  seats: string;
  free: boolean;
  golEligible: boolean;
}
type Field = 'provider' | 'title' | 'skillIds' | 'eqf' | 'hours' | 'mode' | 'comuneIstat' | 'startDate' | 'endDate' | 'seats';

const empty = (): FormState => ({
  provider: '', title: '', skills: [], eqf: '', hours: '', mode: 'in_person', startDate: '', endDate: '', seats: '', free: false, golEligible: false,
});
const wholeIn = (text: string, min: number, max: number) => WHOLE.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** "Nuovo corso": provider, title, skills taught, EQF, hours, mode, comune, dates, seats, free, GOL; "Aggiungi il corso". */
export function CourseForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const create = useCreateCourse();
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const skillSearchId = `${id}-skill-search`;
  const [state, setState] = useState<FormState>(empty);
  const [localErrors, setLocalErrors] = useState<Set<Field>>(new Set());
  const server = problemFields(create.error);
  const fieldError = (field: Field): string | undefined =>
    localErrors.has(field) || server.has(`/${field}`) ? t(`matching.courses.form.errors.${field}`) : undefined;
  const edit = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = new Set<Field>();
    const provider = state.provider.trim();
    const title = state.title.trim();
    if (provider.length < 2 || provider.length > 200) errors.add('provider');
    if (title.length < 3 || title.length > 200) errors.add('title');
    if (state.skills.length > MAX_SKILLS) errors.add('skillIds');
    if (state.eqf !== '' && !wholeIn(state.eqf, 1, 8)) errors.add('eqf');
    if (!wholeIn(state.hours, 1, 2000)) errors.add('hours');
    if (!isCourseMode(state.mode)) errors.add('mode');
    if (!isIsoDate(state.startDate)) errors.add('startDate');
    if (!isIsoDate(state.endDate) || (isIsoDate(state.startDate) && state.endDate < state.startDate)) errors.add('endDate');
    if (!wholeIn(state.seats, 1, 1000)) errors.add('seats');
    setLocalErrors(errors);
    if (errors.size > 0) {
      create.reset();
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate(
      {
        provider,
        title,
        skillIds: state.skills.map((s) => s.id),
        ...(state.eqf !== '' ? { eqf: Number(state.eqf) } : {}),
        hours: Number(state.hours),
        mode: state.mode,
        ...(state.comune ? { comuneIstat: state.comune.istat } : {}),
        startDate: state.startDate,
        endDate: state.endDate,
        seats: Number(state.seats),
        free: state.free,
        golEligible: state.golEligible,
      },
      {
        onSuccess: () => {
          setState(empty());
          onAdded();
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-6">
          <TextField
            label={t('matching.courses.form.provider')}
            value={state.provider}
            error={fieldError('provider')}
            onChange={(e) => edit({ provider: e.target.value })}
            required
            minLength={2}
            maxLength={200}
          />
        </div>
        <div className="col-md-6">
          <TextField
            label={t('matching.courses.form.courseTitle')}
            value={state.title}
            error={fieldError('title')}
            onChange={(e) => edit({ title: e.target.value })}
            required
            minLength={3}
            maxLength={200}
          />
        </div>
      </div>
      <fieldset className={['form-fieldset', fieldError('skillIds') ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('matching.courses.form.skills')}</legend>
        <SkillSearch
          id={skillSearchId}
          chosenIds={state.skills.map((s) => s.id)}
          disabled={state.skills.length >= MAX_SKILLS}
          onAdd={(skill) => setState((s) => ({ ...s, skills: [...s.skills, skill] }))}
        />
        {state.skills.length === 0 ? (
          <p>{t('matching.courses.form.noSkills')}</p>
        ) : (
          <ul className="list-unstyled">
            {state.skills.map((skill) => (
              <li key={skill.id} className="d-flex flex-wrap align-items-center gap-2 mb-2">
                <span>{skill.label}</span>
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm"
                  onClick={() => {
                    setState((s) => ({ ...s, skills: s.skills.filter((x) => x.id !== skill.id) }));
                    document.getElementById(skillSearchId)?.focus();
                  }}
                >
                  {t('matching.vacancyForm.skillRemove', { label: skill.label })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {fieldError('skillIds') && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {fieldError('skillIds')}
          </p>
        )}
      </fieldset>
      <div className="row">
        <div className="col-md-6">
          <SelectField label={t('matching.courses.form.eqf')} value={state.eqf} error={fieldError('eqf')} onChange={(e) => edit({ eqf: e.target.value })}>
            <option value="">{t('matching.courses.form.eqfNone')}</option>
            {EQF_LEVELS.filter((level) => level > 0).map((level) => (
              <option key={level} value={String(level)}>
                {labels.eqf(level)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-sm-6 col-md-3">
          <TextField
            type="number"
            label={t('matching.courses.form.hours')}
            value={state.hours}
            error={fieldError('hours')}
            onChange={(e) => edit({ hours: e.target.value })}
            min={1}
            max={2000}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
        <div className="col-sm-6 col-md-3">
          <SelectField
            label={t('matching.courses.form.mode')}
            value={state.mode}
            error={fieldError('mode')}
            onChange={(e) => edit({ mode: e.target.value })}
            required
          >
            {COURSE_MODES.map((m) => (
              <option key={m} value={m}>
                {labels.courseMode(m)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <ComuneField
        label={t('matching.courses.form.comune')}
        value={state.comune}
        onChange={(comune) => edit({ comune })}
        error={fieldError('comuneIstat')}
        removeLabel={t('matching.courses.form.comuneRemove')}
      />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <TextField
            type="date"
            label={t('matching.courses.form.startDate')}
            value={state.startDate}
            error={fieldError('startDate')}
            onChange={(e) => edit({ startDate: e.target.value })}
            required
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="date"
            label={t('matching.courses.form.endDate')}
            value={state.endDate}
            error={fieldError('endDate')}
            onChange={(e) => edit({ endDate: e.target.value })}
            required
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="number"
            label={t('matching.courses.form.seats')}
            value={state.seats}
            error={fieldError('seats')}
            onChange={(e) => edit({ seats: e.target.value })}
            min={1}
            max={1000}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
      </div>
      <fieldset className="form-fieldset">
        <legend>{t('matching.courses.form.options')}</legend>
        <CheckboxField
          className="matching-check"
          checked={state.free}
          onChange={(e) => edit({ free: e.target.checked })}
          label={t('matching.courses.form.free')}
        />
        <CheckboxField
          className="matching-check"
          checked={state.golEligible}
          onChange={(e) => edit({ golEligible: e.target.checked })}
          label={t('matching.courses.form.golEligible')}
        />
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('matching.courses.form.submit')}
      </button>
    </form>
  );
}
