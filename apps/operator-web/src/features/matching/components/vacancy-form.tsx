import type { ComuneResponse, LabelledIdResponse, OfficeResponse, OperatorVacancyBody } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate, todayInRome } from '../../agenda/dates';
import { problemFields } from '../../agenda/problem-fields';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { TextareaField } from '../../forms/components/textarea-field';
import { focusFirstInvalid } from '../focus-first-invalid';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import {
  CEFR_LEVELS, CONTRACT_TYPES, EQF_LEVELS, LANGUAGES, LICENCES, SKILL_WEIGHTS, VACANCY_HOURS, isContractType, isVacancyHours,
  type Licence,
} from '../matching-options';
import { ComuneField } from './comune-field';
import { OccupationField } from './occupation-field';
import { SkillSearch } from './skill-search';

const MAX_SKILLS = 30;
const MAX_LANGUAGES = 5;
const MAX_LICENCES = 5;
const AMOUNT = /^\d+([.,]\d{1,2})?$/;
const WHOLE = /^\d+$/;

interface SkillRow {
  skillId: number;
  label: string;
  required: boolean;
  weight: string;
}
interface LanguageRow {
  /** React key of the row (rows can be removed from the middle) */
  key: number;
  language: string;
  level: string;
}
interface FormState {
  officeId: string;
  title: string;
  occupation?: LabelledIdResponse;
  description: string;
  skills: SkillRow[];
  minEqf: string;
  languages: LanguageRow[];
  licences: Licence[];
  comune?: ComuneResponse;
  contractType: string;
  hours: string;
  payMin: string;
  payMax: string;
  durationMonths: string;
  startDate: string;
  positions: string;
  expiresOn: string;
}
/** the fields with one message each, by the name of their property in the body */
type SimpleField =
  | 'officeId' | 'title' | 'occupationId' | 'description' | 'skills' | 'minEqf' | 'languages' | 'licences' | 'comuneIstat' | 'contractType'
  | 'hours' | 'payMin' | 'payMax' | 'durationMonths' | 'startDate' | 'positions' | 'expiresOn';

let lastKey = 0;
const nextKey = () => ++lastKey;
const amountOf = (text: string) => Number(text.trim().replace(',', '.'));

export interface VacancyFormProps {
  offices: readonly OfficeResponse[];
  /** the failed save, if any (its field errors are shown next to the fields) */
  error: unknown;
  pending: boolean;
  onSubmit: (body: OperatorVacancyBody) => void;
}

/**
 * A vacancy entered by an operator for a company: office, title, ESCO occupation, description, skills (each
 * essential or not, with its importance), minimum EQF, languages, licences, workplace comune, contract, hours, pay,
 * duration, start, positions and closing date. The browser checks what the API would refuse; the API's field
 * errors (`/title`, `/languages/0/level`…) appear next to their field.
 */
export function VacancyForm({ offices, error, pending, onSubmit }: VacancyFormProps) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const skillSearchId = `${id}-skill-search`;
  const addLanguageRef = useRef<HTMLButtonElement>(null);
  const [state, setState] = useState<FormState>(() => ({
    officeId: offices[0]?.id ?? '',
    title: '',
    description: '',
    skills: [],
    minEqf: '0',
    languages: [{ key: nextKey(), language: '', level: '' }],
    licences: [],
    contractType: 'permanent',
    hours: 'full',
    payMin: '',
    payMax: '',
    durationMonths: '',
    startDate: '',
    positions: '1',
    expiresOn: addDays(todayInRome(), 30),
  }));
  const [localErrors, setLocalErrors] = useState<Set<string>>(new Set());

  const server = problemFields(error);
  const has = (path: string) => localErrors.has(path) || server.has(`/${path.replaceAll('.', '/')}`);
  const fieldError = (field: SimpleField): string | undefined => (has(field) ? t(`matching.vacancyForm.errors.${field}`) : undefined);
  const languageError = (index: number, field: 'language' | 'level'): string | undefined =>
    has(`languages.${index}.${field}`) ? t(`matching.vacancyForm.errors.${field}`, { n: index + 1 }) : undefined;
  const languagesError = localErrors.has('languages') || (server.has('/languages') && server.indexes('/languages').length === 0);

  const edit = (patch: Partial<FormState>) => setState((s) => ({ ...s, ...patch }));
  const editSkill = (skillId: number, patch: Partial<SkillRow>) =>
    setState((s) => ({ ...s, skills: s.skills.map((row) => (row.skillId === skillId ? { ...row, ...patch } : row)) }));
  const editLanguage = (key: number, patch: Partial<LanguageRow>) =>
    setState((s) => ({ ...s, languages: s.languages.map((row) => (row.key === key ? { ...row, ...patch } : row)) }));
  const removeSkill = (skillId: number) => {
    setState((s) => ({ ...s, skills: s.skills.filter((row) => row.skillId !== skillId) }));
    document.getElementById(skillSearchId)?.focus();
  };
  const addLanguage = () => {
    const key = nextKey();
    setState((s) => ({ ...s, languages: [...s.languages, { key, language: '', level: '' }] }));
    requestAnimationFrame(() => document.getElementById(`${id}-language-${key}`)?.focus());
  };
  const removeLanguage = (key: number) => {
    setState((s) => ({ ...s, languages: s.languages.filter((row) => row.key !== key) }));
    addLanguageRef.current?.focus();
  };
  const toggleLicence = (licence: Licence, checked: boolean) =>
    setState((s) => ({ ...s, licences: checked ? [...s.licences, licence] : s.licences.filter((l) => l !== licence) }));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = new Set<string>();
    const title = state.title.trim();
    const description = state.description.trim();
    // a language row left completely empty is not a requirement
    const languages = state.languages.filter((row) => row.language !== '' || row.level !== '');
    const payMin = state.payMin.trim();
    const payMax = state.payMax.trim();
    const duration = state.durationMonths.trim();
    const positions = state.positions.trim();

    if (!offices.some((o) => o.id === state.officeId)) errors.add('officeId');
    if (title.length < 3 || title.length > 200) errors.add('title');
    if (!state.occupation) errors.add('occupationId');
    if (description.length < 10 || description.length > 5000) errors.add('description');
    if (state.skills.length > MAX_SKILLS) errors.add('skills');
    if (languages.length > MAX_LANGUAGES) errors.add('languages');
    state.languages.forEach((row, i) => {
      if (row.language === '' && row.level === '') return;
      if (row.language === '') errors.add(`languages.${i}.language`);
      if (row.level === '') errors.add(`languages.${i}.level`);
    });
    if (state.licences.length > MAX_LICENCES) errors.add('licences');
    if (!state.comune) errors.add('comuneIstat');
    if (!isContractType(state.contractType)) errors.add('contractType');
    if (!isVacancyHours(state.hours)) errors.add('hours');
    if (payMin !== '' && (!AMOUNT.test(payMin) || amountOf(payMin) > 100000)) errors.add('payMin');
    if (payMax !== '' && (!AMOUNT.test(payMax) || amountOf(payMax) > 100000 || (AMOUNT.test(payMin) && amountOf(payMax) < amountOf(payMin)))) {
      errors.add('payMax');
    }
    if (duration !== '' && (!WHOLE.test(duration) || Number(duration) < 1 || Number(duration) > 60)) errors.add('durationMonths');
    if (state.startDate !== '' && !isIsoDate(state.startDate)) errors.add('startDate');
    if (!WHOLE.test(positions) || Number(positions) < 1 || Number(positions) > 500) errors.add('positions');
    if (!isIsoDate(state.expiresOn)) errors.add('expiresOn');
    setLocalErrors(errors);
    if (errors.size > 0 || !state.occupation || !state.comune || !isVacancyHours(state.hours)) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit({
      officeId: state.officeId,
      title,
      occupationId: state.occupation.id,
      description,
      skills: state.skills.map((row) => ({ skillId: row.skillId, weight: Number(row.weight), required: row.required })),
      minEqf: Number(state.minEqf),
      languages: languages.map((row) => ({ language: row.language, level: row.level })),
      licences: state.licences,
      comuneIstat: state.comune.istat,
      contractType: state.contractType,
      hours: state.hours,
      ...(payMin !== '' ? { payMin: amountOf(payMin) } : {}),
      ...(payMax !== '' ? { payMax: amountOf(payMax) } : {}),
      ...(duration !== '' ? { durationMonths: Number(duration) } : {}),
      ...(state.startDate !== '' ? { startDate: state.startDate } : {}),
      positions: Number(positions),
      expiresOn: state.expiresOn,
    });
  };

  return (
    <form ref={formRef} className="vacancy-form" onSubmit={submit} noValidate>
      {!!error && <ProblemAlert error={error} />}
      <h2>{t('matching.vacancyForm.sections.ad')}</h2>
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            label={t('matching.vacancyForm.office')}
            value={state.officeId}
            error={fieldError('officeId')}
            onChange={(e) => edit({ officeId: e.target.value })}
            required
          >
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextField
        label={t('matching.vacancyForm.title')}
        value={state.title}
        error={fieldError('title')}
        onChange={(e) => edit({ title: e.target.value })}
        required
        minLength={3}
        maxLength={200}
      />
      <OccupationField value={state.occupation} onChange={(occupation) => edit({ occupation })} error={fieldError('occupationId')} />
      <TextareaField
        label={t('matching.vacancyForm.description')}
        hint={t('matching.vacancyForm.descriptionHint')}
        value={state.description}
        error={fieldError('description')}
        onChange={(e) => edit({ description: e.target.value })}
        required
        minLength={10}
        maxLength={5000}
        rows={6}
      />

      <h2>{t('matching.vacancyForm.sections.requirements')}</h2>
      <fieldset className={['form-fieldset', has('skills') ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('matching.vacancyForm.skills')}</legend>
        <SkillSearch
          id={skillSearchId}
          chosenIds={state.skills.map((row) => row.skillId)}
          disabled={state.skills.length >= MAX_SKILLS}
          onAdd={(skill) =>
            setState((s) => ({ ...s, skills: [...s.skills, { skillId: skill.id, label: skill.label, required: false, weight: '3' }] }))
          }
        />
        {state.skills.length === 0 ? (
          <p>{t('matching.vacancyForm.noSkills')}</p>
        ) : (
          <p className="form-text">{t('matching.vacancyForm.skillWeightHint')}</p>
        )}
        {state.skills.map((row) => (
          <fieldset key={row.skillId} className="form-fieldset matching-row">
            <legend>{row.label}</legend>
            <div className="row align-items-end">
              <div className="col-sm-6 col-md-4">
                <CheckboxField
                  className="matching-check"
                  checked={row.required}
                  onChange={(e) => editSkill(row.skillId, { required: e.target.checked })}
                  label={t('matching.vacancyForm.skillRequired')}
                />
              </div>
              <div className="col-sm-6 col-md-4">
                <SelectField
                  label={t('matching.vacancyForm.skillWeight')}
                  value={row.weight}
                  onChange={(e) => editSkill(row.skillId, { weight: e.target.value })}
                >
                  {SKILL_WEIGHTS.map((w) => (
                    <option key={w} value={String(w)}>
                      {w}
                    </option>
                  ))}
                </SelectField>
              </div>
            </div>
            <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeSkill(row.skillId)}>
              {t('matching.vacancyForm.skillRemove', { label: row.label })}
            </button>
          </fieldset>
        ))}
        {has('skills') && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {t('matching.vacancyForm.errors.skills')}
          </p>
        )}
      </fieldset>

      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            label={t('matching.vacancyForm.minEqf')}
            value={state.minEqf}
            error={fieldError('minEqf')}
            onChange={(e) => edit({ minEqf: e.target.value })}
            required
          >
            {EQF_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {labels.eqf(level)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>

      <fieldset className={['form-fieldset', languagesError ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('matching.vacancyForm.languages')}</legend>
        {state.languages.length === 0 && <p>{t('matching.vacancyForm.noLanguages')}</p>}
        {state.languages.map((row, i) => {
          const n = i + 1;
          return (
            <div key={row.key} className="matching-row" role="group" aria-label={t('matching.vacancyForm.languageRow', { n })}>
              <div className="row align-items-end">
                <div className="col-sm-6 col-md-4">
                  <SelectField
                    id={`${id}-language-${row.key}`}
                    label={t('matching.vacancyForm.language', { n })}
                    value={row.language}
                    error={languageError(i, 'language')}
                    onChange={(e) => editLanguage(row.key, { language: e.target.value })}
                  >
                    <option value="">{t('matching.vacancyForm.choose')}</option>
                    {LANGUAGES.map((code) => (
                      <option key={code} value={code}>
                        {labels.language(code)}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <div className="col-sm-6 col-md-4">
                  <SelectField
                    label={t('matching.vacancyForm.level', { n })}
                    value={row.level}
                    error={languageError(i, 'level')}
                    onChange={(e) => editLanguage(row.key, { level: e.target.value })}
                  >
                    <option value="">{t('matching.vacancyForm.choose')}</option>
                    {CEFR_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {labels.cefr(level)}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <div className="col-md-4 mb-3">
                  <button type="button" className="btn btn-outline-danger btn-sm" onClick={() => removeLanguage(row.key)}>
                    {t('matching.vacancyForm.removeLanguage', { n })}
                  </button>
                </div>
              </div>
            </div>
          );
        })}
        {languagesError && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {t('matching.vacancyForm.errors.languages')}
          </p>
        )}
        <button
          ref={addLanguageRef}
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={addLanguage}
          disabled={state.languages.length >= MAX_LANGUAGES}
        >
          {t('matching.vacancyForm.addLanguage')}
        </button>
      </fieldset>

      <fieldset className={['form-fieldset', has('licences') ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('matching.vacancyForm.licences')}</legend>
        <div className="matching-checks">
          {LICENCES.map((licence) => (
            <CheckboxField
              className="matching-check"
              key={licence}
              checked={state.licences.includes(licence)}
              onChange={(e) => toggleLicence(licence, e.target.checked)}
              label={labels.licence(licence)}
            />
          ))}
        </div>
        {has('licences') && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {t('matching.vacancyForm.errors.licences')}
          </p>
        )}
      </fieldset>

      <h2>{t('matching.vacancyForm.sections.conditions')}</h2>
      <ComuneField
        label={t('matching.vacancyForm.comune')}
        value={state.comune}
        onChange={(comune) => edit({ comune })}
        error={fieldError('comuneIstat')}
      />
      <div className="row">
        <div className="col-md-6">
          <SelectField
            label={t('matching.vacancyForm.contractType')}
            value={state.contractType}
            error={fieldError('contractType')}
            onChange={(e) => edit({ contractType: e.target.value })}
            required
          >
            {CONTRACT_TYPES.map((c) => (
              <option key={c} value={c}>
                {labels.contractType(c)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6">
          <SelectField
            label={t('matching.vacancyForm.hours')}
            value={state.hours}
            error={fieldError('hours')}
            onChange={(e) => edit({ hours: e.target.value })}
            required
          >
            {VACANCY_HOURS.map((h) => (
              <option key={h} value={h}>
                {labels.hours(h)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6">
          <TextField
            type="number"
            label={t('matching.vacancyForm.payMin')}
            hint={t('matching.vacancyForm.payHint')}
            value={state.payMin}
            error={fieldError('payMin')}
            onChange={(e) => edit({ payMin: e.target.value })}
            min={0}
            max={100000}
            step={0.01}
            inputMode="decimal"
          />
        </div>
        <div className="col-md-6">
          <TextField
            type="number"
            label={t('matching.vacancyForm.payMax')}
            hint={t('matching.vacancyForm.payHint')}
            value={state.payMax}
            error={fieldError('payMax')}
            onChange={(e) => edit({ payMax: e.target.value })}
            min={0}
            max={100000}
            step={0.01}
            inputMode="decimal"
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="number"
            label={t('matching.vacancyForm.durationMonths')}
            hint={t('matching.vacancyForm.durationHint')}
            value={state.durationMonths}
            error={fieldError('durationMonths')}
            onChange={(e) => edit({ durationMonths: e.target.value })}
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="date"
            label={t('matching.vacancyForm.startDate')}
            hint={t('matching.vacancyForm.startDateHint')}
            value={state.startDate}
            error={fieldError('startDate')}
            onChange={(e) => edit({ startDate: e.target.value })}
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="number"
            label={t('matching.vacancyForm.positions')}
            value={state.positions}
            error={fieldError('positions')}
            onChange={(e) => edit({ positions: e.target.value })}
            min={1}
            max={500}
            step={1}
            inputMode="numeric"
            required
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <TextField
            type="date"
            label={t('matching.vacancyForm.expiresOn')}
            value={state.expiresOn}
            error={fieldError('expiresOn')}
            onChange={(e) => edit({ expiresOn: e.target.value })}
            required
          />
        </div>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending} aria-busy={pending}>
        {t('matching.vacancyForm.submit')}
      </button>
    </form>
  );
}
