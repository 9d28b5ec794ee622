import type { AvailabilityExceptionResponse, CreateAvailabilityExceptionBody, OfficeResponse } from '@opencpi/contracts';
import { CheckboxField, ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAvailabilityException } from '../api/use-create-availability-exception';
import { addDays, isIsoDate, todayInRome } from '../dates';
import { problemFields } from '../problem-fields';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** the API accepts at most one year (366 days from start to end) */
const MAX_DAYS = 365;

type Field = 'officeId' | 'wholeOffice' | 'operatorId' | 'fromDate' | 'toDate' | 'fromTime' | 'toTime' | 'reason';
type Scope = 'mine' | 'office';

export interface AvailabilityExceptionFormProps {
  offices: readonly OfficeResponse[];
  /** managers (any role but 'operator') may also close the whole office */
  canCloseOffice: boolean;
  onSaved: (exception: AvailabilityExceptionResponse) => void;
}

/**
 * An absence of the operator or (managers) a closure of the whole office: office, from–to day, optional from–to time
 * (Rome; without them the whole days) and the reason. Checked here for what is obvious (missing values, end before
 * start); the API checks the rest and its field errors (`/toDate`, `/reason`, `/wholeOffice`, …) are shown next to the fields.
 */
export function AvailabilityExceptionForm({ offices, canCloseOffice, onSaved }: AvailabilityExceptionFormProps) {
  const { t } = useTranslation('operator');
  const create = useCreateAvailabilityException();
  const scopeId = useId();
  const [officeId, setOfficeId] = useState(offices[0]?.id ?? '');
  const [chosenScope, setScope] = useState<Scope>('mine');
  const scope: Scope = canCloseOffice ? chosenScope : 'mine';
  const [fromDate, setFromDate] = useState(todayInRome);
  const [toDate, setToDate] = useState(todayInRome);
  const [fromTime, setFromTime] = useState('');
  const [toTime, setToTime] = useState('');
  const [reason, setReason] = useState('');
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, true>>>({});

  const server = problemFields(create.error);
  const errorOf = (field: Field): string | undefined => (localErrors[field] || server.has(`/${field}`) ? t(`agenda.absences.errors.${field}`) : undefined);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const text = reason.trim();
    const errors: Partial<Record<Field, true>> = {};
    if (!officeId) errors.officeId = true;
    if (!isIsoDate(fromDate)) errors.fromDate = true;
    if (!isIsoDate(toDate) || (isIsoDate(fromDate) && (toDate < fromDate || toDate > addDays(fromDate, MAX_DAYS)))) errors.toDate = true;
    if (fromTime && !HH_MM.test(fromTime)) errors.fromTime = true;
    if (toTime && !HH_MM.test(toTime)) errors.toTime = true;
    // same day: the end (toTime, or midnight after the day) must follow the start (fromTime, or midnight before it)
    if (!errors.toDate && !errors.fromTime && !errors.toTime && toDate === fromDate && toTime && toTime <= (fromTime || '00:00')) errors.toTime = true;
    if (text.length < 3 || text.length > 200) errors.reason = true;
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      return;
    }
    const body: CreateAvailabilityExceptionBody = {
      officeId,
      ...(scope === 'office' ? { wholeOffice: true } : {}),
      fromDate,
      toDate,
      ...(fromTime ? { fromTime } : {}),
      ...(toTime ? { toTime } : {}),
      reason: text,
    };
    create.mutate(body, { onSuccess: onSaved });
  };

  // "/operatorId" (only one's own absence) and "/wholeOffice" (managers only) are about whom the record concerns
  const scopeError = errorOf('wholeOffice') ?? errorOf('operatorId');
  return (
    <form className="availability-exception-form" onSubmit={submit} noValidate>
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-6">
          <SelectField label={t('agenda.office')} value={officeId} error={errorOf('officeId')} onChange={(e) => setOfficeId(e.target.value)} required>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      {canCloseOffice ? (
        <fieldset className={['form-fieldset', scopeError ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={scopeError ? `${scopeId}-error` : undefined}>
          <legend>{t('agenda.absences.scope')}</legend>
          <CheckboxField type="radio" name="scope" value="mine" checked={scope === 'mine'} onChange={() => setScope('mine')} label={t('agenda.absences.scopeMine')} />
          <CheckboxField type="radio" name="scope" value="office" checked={scope === 'office'} onChange={() => setScope('office')} label={t('agenda.absences.scopeOffice')} />
          {scopeError && (
            <p id={`${scopeId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
              {scopeError}
            </p>
          )}
        </fieldset>
      ) : (
        scopeError && (
          <p className="text-field__error invalid-feedback d-block" role="alert">
            {scopeError}
          </p>
        )
      )}
      <div className="row">
        <div className="col-md-6">
          <TextField type="date" label={t('agenda.absences.fromDate')} value={fromDate} error={errorOf('fromDate')} onChange={(e) => setFromDate(e.target.value)} required />
        </div>
        <div className="col-md-6">
          <TextField type="date" label={t('agenda.absences.toDate')} value={toDate} error={errorOf('toDate')} onChange={(e) => setToDate(e.target.value)} required />
        </div>
        <div className="col-md-6">
          <TextField
            type="time"
            label={t('agenda.absences.fromTime')}
            hint={t('agenda.absences.fromTimeHint')}
            value={fromTime}
            error={errorOf('fromTime')}
            onChange={(e) => setFromTime(e.target.value)}
          />
        </div>
        <div className="col-md-6">
          <TextField
            type="time"
            label={t('agenda.absences.toTime')}
            hint={t('agenda.absences.toTimeHint')}
            value={toTime}
            error={errorOf('toTime')}
            onChange={(e) => setToTime(e.target.value)}
          />
        </div>
      </div>
      <TextField
        label={t('agenda.absences.reason')}
        hint={t('agenda.absences.reasonHint')}
        value={reason}
        error={errorOf('reason')}
        onChange={(e) => setReason(e.target.value)}
        required
        minLength={3}
        maxLength={200}
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.absences.submit')}
      </button>
    </form>
  );
}
