import type { OfficeResponse, VacancyResponse } from '@opencpi/contracts';
import { ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../agenda/dates';
import { problemFields } from '../../agenda/problem-fields';
import { CheckboxField } from '../../forms/components/checkbox-field';
import { useCreateRecruitingDay } from '../api/use-create-recruiting-day';
import { focusFirstInvalid } from '../focus-first-invalid';
import { useMatchingLabels } from '../hooks/use-matching-labels';
import { DAY_MODES, isDayMode } from '../matching-options';

const MAX_VACANCIES = 50;

type Field = 'officeId' | 'title' | 'day' | 'mode' | 'place' | 'vacancyIds' | 'startTime' | 'endTime' | 'slotMinutes';

export interface RecruitingDayFormProps {
  offices: readonly OfficeResponse[];
  /** the published vacancies that can be presented */
  vacancies: readonly VacancyResponse[];
  onCreated: () => void;
}

/** "Nuovo recruiting day": office, title, day, mode, place or link, and the published vacancies presented. */
export function RecruitingDayForm({ offices, vacancies, onCreated }: RecruitingDayFormProps) {
  const { t } = useTranslation('operator');
  const labels = useMatchingLabels();
  const create = useCreateRecruitingDay();
  const formRef = useRef<HTMLFormElement>(null);
  const [officeId, setOfficeId] = useState(offices[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState('');
  const [mode, setMode] = useState<string>('in_person');
  const [place, setPlace] = useState('');
  const [vacancyIds, setVacancyIds] = useState<string[]>([]);
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [slotMinutes, setSlotMinutes] = useState('');
  const [localErrors, setLocalErrors] = useState<Set<Field>>(new Set());
  const server = problemFields(create.error);
  const fieldError = (field: Field): string | undefined =>
    localErrors.has(field) || server.has(`/${field}`) ? t(`matching.recruitingDays.form.errors.${field}`) : undefined;
  const vacanciesError = fieldError('vacancyIds');

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = new Set<Field>();
    const text = title.trim();
    const where = place.trim();
    const chosen = vacancyIds.filter((id) => vacancies.some((v) => v.id === id));
    if (!offices.some((o) => o.id === officeId)) errors.add('officeId');
    if (text.length < 3 || text.length > 200) errors.add('title');
    if (!isIsoDate(day)) errors.add('day');
    if (!isDayMode(mode)) errors.add('mode');
    if (where.length < 3 || where.length > 300) errors.add('place');
    if (chosen.length > MAX_VACANCIES) errors.add('vacancyIds');
    // interview slots: all three or none (the API says which one is missing)
    const slots = startTime || endTime || slotMinutes ? { startTime, endTime, slotMinutes: Number(slotMinutes) } : {};
    setLocalErrors(errors);
    if (errors.size > 0 || !isDayMode(mode)) {
      create.reset();
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate(
      { officeId, title: text, day, mode, place: where, vacancyIds: chosen, ...slots } as Parameters<typeof create.mutate>[0],
      {
        onSuccess: () => {
          setTitle('');
          setDay('');
          setPlace('');
          setVacancyIds([]);
          setStartTime('');
          setEndTime('');
          setSlotMinutes('');
          onCreated();
        },
      },
    );
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-8 col-lg-6">
          <SelectField
            label={t('matching.recruitingDays.form.office')}
            value={officeId}
            error={fieldError('officeId')}
            onChange={(e) => setOfficeId(e.target.value)}
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
        label={t('matching.recruitingDays.form.dayTitle')}
        value={title}
        error={fieldError('title')}
        onChange={(e) => setTitle(e.target.value)}
        required
        minLength={3}
        maxLength={200}
      />
      <div className="row">
        <div className="col-sm-6 col-md-4">
          <TextField
            type="date"
            label={t('matching.recruitingDays.form.day')}
            value={day}
            error={fieldError('day')}
            onChange={(e) => setDay(e.target.value)}
            required
          />
        </div>
        <div className="col-sm-6 col-md-4">
          <SelectField
            label={t('matching.recruitingDays.form.mode')}
            value={mode}
            error={fieldError('mode')}
            onChange={(e) => setMode(e.target.value)}
            required
          >
            {DAY_MODES.map((m) => (
              <option key={m} value={m}>
                {labels.dayMode(m)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <TextField
        label={t('matching.recruitingDays.form.place')}
        hint={t('matching.recruitingDays.form.placeHint')}
        value={place}
        error={fieldError('place')}
        onChange={(e) => setPlace(e.target.value)}
        required
        minLength={3}
        maxLength={300}
      />
      <div className="row g-3">
        <div className="col-12 col-md-4">
          <TextField type="time" label={t('matching.recruitingDays.form.startTime')} value={startTime} error={fieldError('startTime')} onChange={(e) => setStartTime(e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <TextField type="time" label={t('matching.recruitingDays.form.endTime')} value={endTime} error={fieldError('endTime')} onChange={(e) => setEndTime(e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <TextField type="number" min={10} max={120} label={t('matching.recruitingDays.form.slotMinutes')} value={slotMinutes} error={fieldError('slotMinutes')} onChange={(e) => setSlotMinutes(e.target.value)} />
        </div>
      </div>
      <fieldset className={['form-fieldset', vacanciesError ? 'is-invalid' : ''].filter(Boolean).join(' ')}>
        <legend>{t('matching.recruitingDays.form.vacancies')}</legend>
        {vacancies.length === 0 ? (
          <p>{t('matching.recruitingDays.form.noPublished')}</p>
        ) : (
          vacancies.map((v) => (
            <CheckboxField
              className="matching-check"
              key={v.id}
              checked={vacancyIds.includes(v.id)}
              onChange={(e) => setVacancyIds((ids) => (e.target.checked ? [...ids, v.id] : ids.filter((id) => id !== v.id)))}
              label={v.title}
            />
          ))
        )}
        {vacanciesError && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {vacanciesError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('matching.recruitingDays.form.submit')}
      </button>
    </form>
  );
}
