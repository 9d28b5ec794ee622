import type { Benefit, DidOverviewResponse, FileDidBody, WorkCondition } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid } from '../../forms/focus-first-invalid';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { RadioGroup } from '../../forms/components/radio-group';
import { useApiFieldErrors } from '../../forms/hooks/use-api-field-errors';
import { todayInItaly } from '../../shared/hooks/use-dates';
import { useFileDid } from '../api/use-file-did';
import {
  BENEFITS, CEFR_LEVELS, COUNTRIES, EQF_LEVELS, LANGUAGES, LICENCES, LOW_INCOME_KINDS, WORK_CONDITIONS, isBenefit, isLowIncomeKind,
  type Licence, type LowIncomeKind,
} from '../did-options';
import { RepeatableGroup } from './repeatable-group';

interface EducationRow {
  key: number;
  title: string;
  eqfLevel: string;
  year: string;
}
interface JobRow {
  key: number;
  occupation: string;
  employer: string;
  from: string;
  to: string;
}
interface LanguageRow {
  key: number;
  language: string;
  level: string;
}

/** Replaces row `index` of a list with a changed copy. */
function update<R>(rows: readonly R[], index: number, change: Partial<R>): R[] {
  return rows.map((row, i) => (i === index ? { ...row, ...change } : row));
}

/**
 * "Dichiara la tua disponibilità": the work situation (with its own follow-up field), income support, citizenship,
 * study titles, jobs and languages (repeatable rows, none at the start), licences and the declaration.
 * The browser checks only what it must (a situation chosen, the declaration, the choices of the rows' lists);
 * everything else is checked by the API, whose field errors (`/noticeEndDate`, `/education/0/title`…) appear next
 * to their field.
 */
export function DidForm({ onFiled }: { onFiled: (overview: DidOverviewResponse) => void }) {
  const { t } = useTranslation('citizen');
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const nextKey = useRef(0);
  const file = useFileDid();
  const serverError = useApiFieldErrors(file.error);

  const [workCondition, setWorkCondition] = useState<WorkCondition | undefined>();
  const [lastJobEndDate, setLastJobEndDate] = useState('');
  const [noticeEndDate, setNoticeEndDate] = useState('');
  const [lowIncomeKind, setLowIncomeKind] = useState<LowIncomeKind>('employee');
  const [income, setIncome] = useState('');
  const [benefit, setBenefit] = useState<Benefit>('none');
  const [citizenship, setCitizenship] = useState<string>('IT');
  const [education, setEducation] = useState<EducationRow[]>([]);
  const [jobs, setJobs] = useState<JobRow[]>([]);
  const [languages, setLanguages] = useState<LanguageRow[]>([]);
  const [licences, setLicences] = useState<Licence[]>([]);
  const [declaration, setDeclaration] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  /** the client's own error for a field first, else the API's */
  const errorFor = (pointer: string): string | undefined => clientErrors[pointer] ?? serverError(pointer);
  const clearError = (pointer: string) =>
    setClientErrors((errors) => {
      if (!(pointer in errors)) return errors;
      const { [pointer]: _removed, ...rest } = errors;
      return rest;
    });
  /** rows moved: the API's errors (by row index) no longer point at the right row */
  const rowsChanged = () => {
    setClientErrors({});
    file.reset();
  };
  const newKey = () => nextKey.current++;

  const checkInBrowser = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (!workCondition) errors['/workCondition'] = t('did.form.workCondition.required');
    education.forEach((row, i) => {
      if (!row.eqfLevel) errors[`/education/${i}/eqfLevel`] = t('did.form.selectRequired');
    });
    languages.forEach((row, i) => {
      if (!row.language) errors[`/languages/${i}/language`] = t('did.form.selectRequired');
      if (!row.level) errors[`/languages/${i}/level`] = t('did.form.selectRequired');
    });
    if (!declaration) errors['/declaration'] = t('did.form.declarationRequired');
    return errors;
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (file.isPending) return;
    const errors = checkInBrowser();
    setClientErrors(errors);
    if (Object.keys(errors).length > 0 || !workCondition) {
      file.reset();
      focusFirstInvalid(form.current);
      return;
    }
    const trimmedIncome = income.trim().replace(',', '.');
    const body: FileDidBody = {
      workCondition,
      ...(workCondition === 'no_job' && lastJobEndDate ? { lastJobEndDate } : {}),
      ...(workCondition === 'notice_period' && noticeEndDate ? { noticeEndDate } : {}),
      ...(workCondition === 'low_income_work'
        ? { lowIncomeKind, ...(trimmedIncome ? { expectedAnnualIncome: Number(trimmedIncome) } : {}) }
        : {}),
      benefit,
      citizenship,
      education: education.map((row) => ({
        title: row.title.trim(),
        eqfLevel: Number(row.eqfLevel),
        ...(row.year.trim() ? { year: Number(row.year.trim()) } : {}),
      })),
      jobs: jobs.map((row) => ({
        occupation: row.occupation.trim(),
        ...(row.employer.trim() ? { employer: row.employer.trim() } : {}),
        from: row.from,
        ...(row.to ? { to: row.to } : {}),
      })),
      languages: languages.map((row) => ({ language: row.language, level: row.level })),
      licences: LICENCES.filter((l) => licences.includes(l)),
      declaration,
    };
    file.mutate(body, {
      onSuccess: (overview) => onFiled(overview),
      onError: () => focusFirstInvalid(form.current),
    });
  };

  const today = todayInItaly();

  return (
    <form ref={form} className="did-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('did.form.title')}</h2>
      <p>{t('did.form.intro')}</p>

      <RadioGroup
        legend={t('did.form.workCondition.legend')}
        options={WORK_CONDITIONS.map((value) => ({ value, label: t(`did.form.workCondition.${value}`) }))}
        value={workCondition}
        onChange={(value) => {
          setWorkCondition(value);
          clearError('/workCondition');
        }}
        error={errorFor('/workCondition')}
      />

      {workCondition === 'no_job' && (
        <TextField
          type="date"
          label={t('did.form.lastJobEndDate')}
          hint={t('did.form.lastJobEndDateHint')}
          value={lastJobEndDate}
          max={today}
          onChange={(e) => setLastJobEndDate(e.target.value)}
          error={errorFor('/lastJobEndDate')}
        />
      )}
      {workCondition === 'notice_period' && (
        <TextField
          type="date"
          label={t('did.form.noticeEndDate')}
          value={noticeEndDate}
          min={today}
          onChange={(e) => setNoticeEndDate(e.target.value)}
          error={errorFor('/noticeEndDate')}
        />
      )}
      {workCondition === 'low_income_work' && (
        <>
          <SelectField
            label={t('did.form.lowIncomeKind')}
            value={lowIncomeKind}
            onChange={(e) => {
              if (isLowIncomeKind(e.target.value)) setLowIncomeKind(e.target.value);
            }}
            error={errorFor('/lowIncomeKind')}
          >
            {LOW_INCOME_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`did.form.lowIncomeKinds.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            label={t('did.form.expectedAnnualIncome')}
            hint={t('did.form.expectedAnnualIncomeHint')}
            value={income}
            onChange={(e) => setIncome(e.target.value)}
            error={errorFor('/expectedAnnualIncome')}
          />
        </>
      )}

      <SelectField
        label={t('did.form.benefit')}
        hint={t('did.form.benefitHint')}
        value={benefit}
        onChange={(e) => {
          if (isBenefit(e.target.value)) setBenefit(e.target.value);
        }}
        error={errorFor('/benefit')}
      >
        {BENEFITS.map((b) => (
          <option key={b} value={b}>
            {t(`did.benefits.${b}`)}
          </option>
        ))}
      </SelectField>

      <SelectField
        label={t('did.form.citizenship')}
        value={citizenship}
        onChange={(e) => setCitizenship(e.target.value)}
        error={errorFor('/citizenship')}
      >
        {COUNTRIES.map((code) => (
          <option key={code} value={code}>
            {t(`did.countries.${code}`)}
          </option>
        ))}
      </SelectField>

      <RepeatableGroup
        title={t('did.form.education.title')}
        empty={t('did.form.education.empty')}
        rows={education}
        rowLegend={(n) => t('did.form.education.row', { n })}
        addLabel={t('did.form.education.add')}
        removeLabel={(n) => t('did.form.education.remove', { n })}
        onAdd={() => {
          rowsChanged();
          setEducation((rows) => [...rows, { key: newKey(), title: '', eqfLevel: '', year: '' }]);
        }}
        onRemove={(index) => {
          rowsChanged();
          setEducation((rows) => rows.filter((_, i) => i !== index));
        }}
      >
        {(row, i) => (
          <>
            <TextField
              label={t('did.form.education.name')}
              value={row.title}
              maxLength={200}
              onChange={(e) => setEducation((rows) => update(rows, i, { title: e.target.value }))}
              error={errorFor(`/education/${i}/title`)}
            />
            <SelectField
              label={t('did.form.education.eqfLevel')}
              value={row.eqfLevel}
              onChange={(e) => {
                setEducation((rows) => update(rows, i, { eqfLevel: e.target.value }));
                clearError(`/education/${i}/eqfLevel`);
              }}
              error={errorFor(`/education/${i}/eqfLevel`)}
            >
              <option value="">{t('did.form.education.eqfPlaceholder')}</option>
              {EQF_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`did.eqf.${level}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              type="number"
              inputMode="numeric"
              min={1940}
              max={2100}
              label={t('did.form.education.year')}
              hint={t('forms.optional')}
              value={row.year}
              onChange={(e) => setEducation((rows) => update(rows, i, { year: e.target.value }))}
              error={errorFor(`/education/${i}/year`)}
            />
          </>
        )}
      </RepeatableGroup>

      <RepeatableGroup
        title={t('did.form.jobs.title')}
        empty={t('did.form.jobs.empty')}
        rows={jobs}
        rowLegend={(n) => t('did.form.jobs.row', { n })}
        addLabel={t('did.form.jobs.add')}
        removeLabel={(n) => t('did.form.jobs.remove', { n })}
        onAdd={() => {
          rowsChanged();
          setJobs((rows) => [...rows, { key: newKey(), occupation: '', employer: '', from: '', to: '' }]);
        }}
        onRemove={(index) => {
          rowsChanged();
          setJobs((rows) => rows.filter((_, i) => i !== index));
        }}
      >
        {(row, i) => (
          <>
            <TextField
              label={t('did.form.jobs.occupation')}
              value={row.occupation}
              maxLength={200}
              onChange={(e) => setJobs((rows) => update(rows, i, { occupation: e.target.value }))}
              error={errorFor(`/jobs/${i}/occupation`)}
            />
            <TextField
              label={t('did.form.jobs.employer')}
              hint={t('forms.optional')}
              value={row.employer}
              maxLength={200}
              onChange={(e) => setJobs((rows) => update(rows, i, { employer: e.target.value }))}
              error={errorFor(`/jobs/${i}/employer`)}
            />
            <TextField
              type="date"
              label={t('did.form.jobs.from')}
              value={row.from}
              max={today}
              onChange={(e) => setJobs((rows) => update(rows, i, { from: e.target.value }))}
              error={errorFor(`/jobs/${i}/from`)}
            />
            <TextField
              type="date"
              label={t('did.form.jobs.to')}
              hint={t('did.form.jobs.toHint')}
              value={row.to}
              onChange={(e) => setJobs((rows) => update(rows, i, { to: e.target.value }))}
              error={errorFor(`/jobs/${i}/to`)}
            />
          </>
        )}
      </RepeatableGroup>

      <RepeatableGroup
        title={t('did.form.languages.title')}
        empty={t('did.form.languages.empty')}
        rows={languages}
        rowLegend={(n) => t('did.form.languages.row', { n })}
        addLabel={t('did.form.languages.add')}
        removeLabel={(n) => t('did.form.languages.remove', { n })}
        onAdd={() => {
          rowsChanged();
          setLanguages((rows) => [...rows, { key: newKey(), language: '', level: '' }]);
        }}
        onRemove={(index) => {
          rowsChanged();
          setLanguages((rows) => rows.filter((_, i) => i !== index));
        }}
      >
        {(row, i) => (
          <>
            <SelectField
              label={t('did.form.languages.language')}
              value={row.language}
              onChange={(e) => {
                setLanguages((rows) => update(rows, i, { language: e.target.value }));
                clearError(`/languages/${i}/language`);
              }}
              error={errorFor(`/languages/${i}/language`)}
            >
              <option value="">{t('did.form.languages.languagePlaceholder')}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {t(`did.languageNames.${code}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('did.form.languages.level')}
              value={row.level}
              onChange={(e) => {
                setLanguages((rows) => update(rows, i, { level: e.target.value }));
                clearError(`/languages/${i}/level`);
              }}
              error={errorFor(`/languages/${i}/level`)}
            >
              <option value="">{t('did.form.languages.levelPlaceholder')}</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`did.cefr.${level}`)}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </RepeatableGroup>

      <fieldset
        className={['form-fieldset', 'form-section', errorFor('/licences') ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={`${id}-licences-hint${errorFor('/licences') ? ` ${id}-licences-error` : ''}`}
      >
        <legend>{t('did.form.licences.legend')}</legend>
        <p id={`${id}-licences-hint`} className="text-field__hint form-text">
          {t('did.form.licences.hint')}
        </p>
        {errorFor('/licences') && (
          <p id={`${id}-licences-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {errorFor('/licences')}
          </p>
        )}
        <div className="choice-list choice-list--inline">
          {LICENCES.map((licence) => (
            <CheckboxField
              key={licence}
              label={t(`did.licenceNames.${licence}`)}
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

      <div className="form-section">
        <CheckboxField
          label={t('did.form.declaration')}
          checked={declaration}
          onChange={(e) => {
            setDeclaration(e.target.checked);
            clearError('/declaration');
          }}
          error={errorFor('/declaration')}
        />
      </div>

      {file.isError && <ProblemAlert error={file.error} />}

      <div className="form-actions">
        <button type="submit" className="btn btn-primary form-submit" aria-busy={file.isPending}>
          {file.isPending ? t('did.form.submitting') : t('did.form.submit')}
        </button>
      </div>
    </form>
  );
}
