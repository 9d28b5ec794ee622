import type { VacancyBody, VacancyResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { TextareaField } from '../../forms/components/textarea-field';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { StatusMessage } from '../../shared/components/status-message';
import { todayInItaly } from '../../shared/hooks/use-dates';
import {
  CEFR_LEVELS, CONTRACT_TYPES, DEFAULT_SKILL_WEIGHT, EQF_LEVELS, LANGUAGES, LICENCES, SKILL_WEIGHTS, VACANCY_HOURS,
  isContractType, isLicence, isSkillWeight, isVacancyHours,
  type ContractType, type Licence, type SkillWeight, type VacancyHours,
} from '../imprese-options';
import { useImpreseLabels } from '../imprese-labels';
import { ComuneField, type ChosenComune } from './comune-field';
import { OccupationField, type ChosenOccupation } from './occupation-field';
import { SkillSearchField } from './skill-search-field';

/** the API takes at most 30 skills and 5 languages */
const MAX_SKILLS = 30;
const MAX_LANGUAGES = 5;
/** a new ad stays up for 30 days unless the employer says otherwise */
const DEFAULT_DAYS_ONLINE = 30;

interface SkillRow {
  skillId: number;
  label: string;
  required: boolean;
  weight: SkillWeight;
}
interface LanguageRow {
  key: number;
  language: string;
  level: string;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The number typed in a field, or undefined when it is empty ("1.200,50" is not expected: the inputs are numeric). */
function numberOf(value: string): number | undefined {
  const v = value.trim().replace(',', '.');
  return v === '' ? undefined : Number(v);
}

const text = (n: number | undefined): string => (n === undefined || n === null ? '' : String(n));

const weightOf = (weight: number): SkillWeight => {
  const w = String(weight);
  return isSkillWeight(w) ? w : DEFAULT_SKILL_WEIGHT;
};

export interface VacancyFormProps {
  /** the draft being edited; none for a new vacancy */
  initial?: VacancyResponse;
  saving: boolean;
  /** the error of the last save: its field errors (`/title`, `/skills/0/skillId`…) appear next to their field */
  error: unknown;
  /** true after a successful save: "Bozza salvata." in a status box */
  saved?: boolean;
  /** saves the draft; a rejected promise means the save failed (its error comes back as `error`) */
  onSave: (body: VacancyBody) => Promise<unknown>;
}

/**
 * The form of a vacancy, shared by "Nuova offerta di lavoro" and the draft's page: title, ESCO occupation, description,
 * required skills (each essential or not, with its importance), minimum EQF level, languages, licences, workplace,
 * contract, hours, pay, duration, start, positions and closing date; "Salva la bozza". The browser checks nothing the
 * API does not: its field errors, by JSON pointer, appear next to their field.
 */
export function VacancyForm({ initial, saving, error, saved = false, onSave }: VacancyFormProps) {
  const { t } = useTranslation('citizen');
  const labels = useImpreseLabels();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const nextKey = useRef(0);
  const newKey = () => nextKey.current++;
  const serverError = useApiFieldErrors(error);

  const [title, setTitle] = useState(initial?.title ?? '');
  const [occupation, setOccupation] = useState<ChosenOccupation | undefined>(
    initial ? { id: initial.occupationId, label: initial.occupationLabel } : undefined,
  );
  const [description, setDescription] = useState(initial?.description ?? '');
  const [skills, setSkills] = useState<SkillRow[]>(
    () =>
      initial?.skills.map((s) => ({
        skillId: s.skillId,
        label: s.label,
        required: s.required,
        weight: weightOf(s.weight),
      })) ?? [],
  );
  const [minEqf, setMinEqf] = useState(String(initial?.minEqf ?? 0));
  const [languages, setLanguages] = useState<LanguageRow[]>(
    () => initial?.languages.map((l) => ({ key: nextKey.current++, language: l.language, level: l.level })) ?? [],
  );
  const [licences, setLicences] = useState<Licence[]>(() => initial?.licences.filter(isLicence) ?? []);
  const [comune, setComune] = useState<ChosenComune | undefined>(
    initial ? { istat: initial.comuneIstat, name: initial.comuneName } : undefined,
  );
  const [contractType, setContractType] = useState<ContractType>(
    initial && isContractType(initial.contractType) ? initial.contractType : 'permanent',
  );
  const [hours, setHours] = useState<VacancyHours>(initial && isVacancyHours(initial.hours) ? initial.hours : 'full');
  const [payMin, setPayMin] = useState(text(initial?.payMin));
  const [payMax, setPayMax] = useState(text(initial?.payMax));
  const [durationMonths, setDurationMonths] = useState(text(initial?.durationMonths));
  const [startDate, setStartDate] = useState(initial?.startDate ?? '');
  const [positions, setPositions] = useState(initial ? String(initial.positions) : '1');
  const [expiresOn, setExpiresOn] = useState(() => initial?.expiresOn ?? addDays(todayInItaly(), DEFAULT_DAYS_ONLINE));
  // rows added or removed: the API's errors (by row index) no longer point at the right row, so they are hidden
  const [rowErrorsStale, setRowErrorsStale] = useState(false);
  // fields answered since the last save (a profession or comune chosen): their old error is no longer shown
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => new Set());
  const markAnswered = (pointer: string) => setAnswered((set) => new Set(set).add(pointer));

  /** the API's error for a field, in the citizen catalogue's words */
  const errorFor = (pointer: string): string | undefined => {
    if (rowErrorsStale && /^\/(skills|languages)\/\d+/.test(pointer)) return undefined;
    if (answered.has(pointer)) return undefined;
    return serverError(pointer);
  };

  // where focus goes once rows were added or removed (the control that was used may be gone)
  const focusAfterChange = useRef<string | undefined>(undefined);
  useEffect(() => {
    const target = focusAfterChange.current;
    focusAfterChange.current = undefined;
    if (target) document.getElementById(target)?.focus();
  }, [skills.length, languages.length]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (saving) return;
    setRowErrorsStale(false);
    setAnswered(new Set());
    const pMin = numberOf(payMin);
    const pMax = numberOf(payMax);
    const duration = numberOf(durationMonths);
    const body: VacancyBody = {
      title: title.trim(),
      // nothing chosen: the API answers with an error on /occupationId (and /comuneIstat), shown next to the field
      occupationId: occupation?.id ?? 0,
      description: description.trim(),
      skills: skills.map((s) => ({ skillId: s.skillId, weight: Number(s.weight), required: s.required })),
      minEqf: Number(minEqf),
      languages: languages.map((l) => ({ language: l.language, level: l.level })),
      licences: LICENCES.filter((l) => licences.includes(l)),
      comuneIstat: comune?.istat ?? '',
      contractType,
      hours,
      ...(pMin !== undefined ? { payMin: pMin } : {}),
      ...(pMax !== undefined ? { payMax: pMax } : {}),
      ...(duration !== undefined ? { durationMonths: duration } : {}),
      ...(startDate ? { startDate } : {}),
      positions: numberOf(positions) ?? 0,
      expiresOn,
    };
    onSave(body).catch(() => focusFirstInvalid(form.current));
  };

  const occupationError = errorFor('/occupationId') && (occupation ? errorFor('/occupationId') : t('imprese.form.occupationRequired'));
  const comuneError = errorFor('/comuneIstat') && (comune ? errorFor('/comuneIstat') : t('imprese.form.comuneRequired'));
  const licencesError = errorFor('/licences');
  const skillsError = errorFor('/skills');
  const languagesError = errorFor('/languages');

  return (
    <form ref={form} className="imprese-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('imprese.form.title')}</h2>

      <TextField
        label={t('imprese.form.titleField')}
        hint={t('imprese.form.titleHint')}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={errorFor('/title')}
      />

      <OccupationField
        value={occupation}
        onChange={(chosen) => {
          setOccupation(chosen);
          markAnswered('/occupationId');
        }}
        error={occupationError}
      />

      <TextareaField
        label={t('imprese.form.description')}
        hint={t('imprese.form.descriptionHint')}
        value={description}
        rows={6}
        maxLength={5000}
        onChange={(e) => setDescription(e.target.value)}
        error={errorFor('/description')}
      />

      <section className="form-section" aria-labelledby={`${id}-skills`}>
        <h3 id={`${id}-skills`} className="h4">
          {t('imprese.form.skills.title')}
        </h3>
        <p>{t('imprese.form.skills.intro')}</p>
        <SkillSearchField
          id={`${id}-skill-search`}
          addedIds={skills.map((s) => s.skillId)}
          error={skillsError}
          onAdd={(skill) => {
            setRowErrorsStale(true);
            setSkills((rows) =>
              rows.length >= MAX_SKILLS ? rows : [...rows, { skillId: skill.id, label: skill.label, required: true, weight: DEFAULT_SKILL_WEIGHT }],
            );
          }}
        />
        {skills.length === 0 ? (
          <p>{t('imprese.form.skills.empty')}</p>
        ) : (
          skills.map((skill, i) => {
            const rowErrors = [`/skills/${i}/skillId`, `/skills/${i}/required`]
              .map((pointer) => errorFor(pointer))
              .filter((message): message is string => !!message);
            const rowErrorId = `${id}-skill-${skill.skillId}-error`;
            return (
              <fieldset
                key={skill.skillId}
                id={`${id}-skill-${skill.skillId}`}
                tabIndex={-1}
                className={['repeat-row', rowErrors.length > 0 ? 'is-invalid border-danger' : ''].filter(Boolean).join(' ')}
                aria-describedby={rowErrors.length > 0 ? rowErrorId : undefined}
              >
                <legend>{skill.label}</legend>
                {rowErrors.length > 0 && (
                  <p id={rowErrorId} className="text-field__error invalid-feedback d-block" role="alert">
                    {rowErrors.join(' ')}
                  </p>
                )}
                <div className="repeat-row__fields">
                  <CheckboxField
                    label={t('imprese.form.skills.required')}
                    className="imprese-form__required"
                    checked={skill.required}
                    onChange={(e) => {
                      const required = e.target.checked;
                      setSkills((rows) => rows.map((row, j) => (j === i ? { ...row, required } : row)));
                    }}
                  />
                  <SelectField
                    label={t('imprese.form.skills.weight')}
                    value={skill.weight}
                    onChange={(e) => {
                      const weight = e.target.value;
                      if (isSkillWeight(weight)) setSkills((rows) => rows.map((row, j) => (j === i ? { ...row, weight } : row)));
                    }}
                    error={errorFor(`/skills/${i}/weight`)}
                  >
                    {SKILL_WEIGHTS.map((w) => (
                      <option key={w} value={w}>
                        {t(`imprese.form.skills.weights.${w}`)}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm repeat-row__remove"
                  onClick={() => {
                    setRowErrorsStale(true);
                    // focus moves to the next row, or the previous one, or the skill search
                    const neighbour = skills[i + 1] ?? skills[i - 1];
                    focusAfterChange.current = neighbour ? `${id}-skill-${neighbour.skillId}` : `${id}-skill-search`;
                    setSkills((rows) => rows.filter((_, j) => j !== i));
                  }}
                >
                  {t('imprese.form.skills.remove', { label: skill.label })}
                </button>
              </fieldset>
            );
          })
        )}
      </section>

      <SelectField
        className="form-section"
        label={t('imprese.form.minEqf')}
        value={minEqf}
        onChange={(e) => setMinEqf(e.target.value)}
        error={errorFor('/minEqf')}
      >
        {EQF_LEVELS.map((level) => (
          <option key={level} value={String(level)}>
            {labels.eqf(level)}
          </option>
        ))}
      </SelectField>

      <section className="form-section" aria-labelledby={`${id}-languages`}>
        <h3 id={`${id}-languages`} className="h4">
          {t('imprese.form.languages.title')}
        </h3>
        {languagesError && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {languagesError}
          </p>
        )}
        {languages.length === 0 ? (
          <p>{t('imprese.form.languages.empty')}</p>
        ) : (
          languages.map((row, i) => {
            const n = i + 1;
            return (
              <fieldset key={row.key} className="repeat-row">
                <legend>{t('imprese.form.languages.row', { n })}</legend>
                <div className="repeat-row__fields">
                  <SelectField
                    id={`${id}-language-${row.key}`}
                    label={t('imprese.form.languages.language', { n })}
                    value={row.language}
                    onChange={(e) => {
                      const language = e.target.value;
                      setLanguages((rows) => rows.map((r, j) => (j === i ? { ...r, language } : r)));
                    }}
                    error={errorFor(`/languages/${i}/language`)}
                  >
                    <option value="">{t('imprese.form.languages.languagePlaceholder')}</option>
                    {LANGUAGES.map((code) => (
                      <option key={code} value={code}>
                        {labels.language(code)}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    label={t('imprese.form.languages.level', { n })}
                    value={row.level}
                    onChange={(e) => {
                      const level = e.target.value;
                      setLanguages((rows) => rows.map((r, j) => (j === i ? { ...r, level } : r)));
                    }}
                    error={errorFor(`/languages/${i}/level`)}
                  >
                    <option value="">{t('imprese.form.languages.levelPlaceholder')}</option>
                    {CEFR_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {labels.level(level)}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <button
                  type="button"
                  className="btn btn-outline-danger btn-sm repeat-row__remove"
                  onClick={() => {
                    setRowErrorsStale(true);
                    focusAfterChange.current = `${id}-add-language`;
                    setLanguages((rows) => rows.filter((_, j) => j !== i));
                  }}
                >
                  {t('imprese.form.languages.remove', { n })}
                </button>
              </fieldset>
            );
          })
        )}
        <button
          id={`${id}-add-language`}
          type="button"
          className="btn btn-outline-primary"
          disabled={languages.length >= MAX_LANGUAGES}
          onClick={() => {
            const key = newKey();
            setRowErrorsStale(true);
            focusAfterChange.current = `${id}-language-${key}`;
            setLanguages((rows) => [...rows, { key, language: '', level: '' }]);
          }}
        >
          {t('imprese.form.languages.add')}
        </button>
      </section>

      <fieldset
        className={['form-fieldset', 'form-section', licencesError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={`${id}-licences-hint${licencesError ? ` ${id}-licences-error` : ''}`}
      >
        <legend>{t('imprese.form.licences.legend')}</legend>
        <p id={`${id}-licences-hint`} className="text-field__hint form-text">
          {t('imprese.form.licences.hint')}
        </p>
        {licencesError && (
          <p id={`${id}-licences-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {licencesError}
          </p>
        )}
        <div className="choice-list choice-list--inline">
          {LICENCES.map((licence) => (
            <CheckboxField
              key={licence}
              label={labels.licence(licence)}
              value={licence}
              checked={licences.includes(licence)}
              onChange={(e) => {
                const checked = e.target.checked;
                setLicences((list) => (checked ? [...list, licence] : list.filter((l) => l !== licence)));
              }}
            />
          ))}
        </div>
      </fieldset>

      <ComuneField
        value={comune}
        onChange={(chosen) => {
          setComune(chosen);
          markAnswered('/comuneIstat');
        }}
        error={comuneError}
      />

      <div className="imprese-form__pair">
        <SelectField
          label={t('imprese.form.contractType')}
          value={contractType}
          onChange={(e) => {
            if (isContractType(e.target.value)) setContractType(e.target.value);
          }}
          error={errorFor('/contractType')}
        >
          {CONTRACT_TYPES.map((type) => (
            <option key={type} value={type}>
              {labels.contractType(type)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('imprese.form.hours')}
          value={hours}
          onChange={(e) => {
            if (isVacancyHours(e.target.value)) setHours(e.target.value);
          }}
          error={errorFor('/hours')}
        >
          {VACANCY_HOURS.map((h) => (
            <option key={h} value={h}>
              {labels.hours(h)}
            </option>
          ))}
        </SelectField>
      </div>

      <div className="imprese-form__pair">
        <TextField
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          label={t('imprese.form.payMin')}
          hint={t('imprese.form.optional')}
          value={payMin}
          onChange={(e) => setPayMin(e.target.value)}
          error={errorFor('/payMin')}
        />
        <TextField
          type="number"
          inputMode="decimal"
          min={0}
          step="0.01"
          label={t('imprese.form.payMax')}
          hint={t('imprese.form.optional')}
          value={payMax}
          onChange={(e) => setPayMax(e.target.value)}
          error={errorFor('/payMax')}
        />
      </div>

      <div className="imprese-form__pair">
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={t('imprese.form.durationMonths')}
          value={durationMonths}
          onChange={(e) => setDurationMonths(e.target.value)}
          error={errorFor('/durationMonths')}
        />
        <TextField
          type="date"
          label={t('imprese.form.startDate')}
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={errorFor('/startDate')}
        />
      </div>

      <div className="imprese-form__pair">
        <TextField
          type="number"
          inputMode="numeric"
          min={1}
          max={500}
          label={t('imprese.form.positions')}
          value={positions}
          onChange={(e) => setPositions(e.target.value)}
          error={errorFor('/positions')}
        />
        <TextField
          type="date"
          label={t('imprese.form.expiresOn')}
          hint={t('imprese.form.expiresOnHint')}
          value={expiresOn}
          min={todayInItaly()}
          onChange={(e) => setExpiresOn(e.target.value)}
          error={errorFor('/expiresOn')}
        />
      </div>

      {error ? <ProblemAlert error={error} /> : null}
      <StatusMessage>{saved ? <p>{t('imprese.form.saved')}</p> : undefined}</StatusMessage>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={saving}>
          {saving ? t('imprese.form.submitting') : t('imprese.form.submit')}
        </button>
      </div>
    </form>
  );
}
