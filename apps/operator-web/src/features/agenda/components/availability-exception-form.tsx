import type { AvailabilityExceptionResponse, OfficeResponse } from '@opencpi/contracts';
import { CreateAvailabilityExceptionBody } from '@opencpi/contracts/browser';
import { CheckboxField, FormSelectField, FormShell, FormTextField, ProblemAlert, useDtoForm, useFieldError, type CrossCheck } from '@opencpi/ui';
import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCreateAvailabilityException } from '../api/use-create-availability-exception';
import { addDays, isIsoDate, todayInRome } from '../dates';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** the API accepts at most one year (366 days from start to end) */
const MAX_DAYS = 365;

interface ExceptionValues {
  officeId: string;
  /** 'office': the whole office is closed (managers only) */
  scope: 'mine' | 'office';
  fromDate: string;
  toDate: string;
  fromTime: string;
  toTime: string;
  reason: string;
}

const toBody = (v: ExceptionValues): CreateAvailabilityExceptionBody => ({
  officeId: v.officeId,
  ...(v.scope === 'office' ? { wholeOffice: true } : {}),
  fromDate: v.fromDate,
  toDate: v.toDate,
  ...(v.fromTime ? { fromTime: v.fromTime } : {}),
  ...(v.toTime ? { toTime: v.toTime } : {}),
  reason: v.reason.trim(),
});

/** What the DTO cannot say: the end not before the start, at most a year; on the same day the end time after the start time. */
const check: CrossCheck<ExceptionValues> = (v) => {
  if (!isIsoDate(v.fromDate) || !isIsoDate(v.toDate)) return {};
  if (v.toDate < v.fromDate || v.toDate > addDays(v.fromDate, MAX_DAYS)) return { toDate: 'range' };
  // same day: the end (toTime, or midnight after the day) must follow the start (fromTime, or midnight before it)
  const timesOk = (!v.fromTime || HH_MM.test(v.fromTime)) && HH_MM.test(v.toTime);
  return v.toDate === v.fromDate && timesOk && v.toTime <= (v.fromTime || '00:00') ? { toTime: 'after' } : {};
};

/** "Riguarda": my absence or the whole office; the API's `/wholeOffice` and `/operatorId` errors (whom the record concerns). */
function ScopeFieldset({ canCloseOffice }: { canCloseOffice: boolean }) {
  const { t } = useTranslation('operator');
  const { register } = useFormContext<ExceptionValues>();
  const errorId = useId();
  const wholeOfficeError = useFieldError('wholeOffice');
  const operatorError = useFieldError('operatorId');
  const error = wholeOfficeError ?? operatorError;
  const message = error && (
    <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
      {error}
    </p>
  );
  if (!canCloseOffice) return message;
  return (
    <fieldset className={['form-fieldset', error ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={error ? errorId : undefined}>
      <legend>{t('agenda.absences.scope')}</legend>
      <CheckboxField type="radio" value="mine" label={t('agenda.absences.scopeMine')} {...register('scope')} />
      <CheckboxField type="radio" value="office" label={t('agenda.absences.scopeOffice')} {...register('scope')} />
      {message}
    </fieldset>
  );
}

export interface AvailabilityExceptionFormProps {
  offices: readonly OfficeResponse[];
  /** managers (any role but 'operator') may also close the whole office */
  canCloseOffice: boolean;
  onSaved: (exception: AvailabilityExceptionResponse) => void;
}

/**
 * An absence of the operator or (managers) a closure of the whole office: office, from–to day, optional from–to time
 * (Rome; without them the whole days) and the reason (CreateAvailabilityExceptionBody's limits, plus the order of the
 * dates and times). The API's field errors (`/toDate`, `/reason`, `/wholeOffice`, …) are shown next to the fields.
 */
export function AvailabilityExceptionForm({ offices, canCloseOffice, onSaved }: AvailabilityExceptionFormProps) {
  const { t } = useTranslation('operator');
  const create = useCreateAvailabilityException();
  const today = todayInRome();
  const form = useDtoForm<ExceptionValues, CreateAvailabilityExceptionBody>({
    dto: CreateAvailabilityExceptionBody,
    toBody,
    check,
    serverError: create.error,
    defaultValues: { officeId: offices[0]?.id ?? '', scope: 'mine', fromDate: today, toDate: today, fromTime: '', toTime: '', reason: '' },
  });

  return (
    <FormShell
      form={form}
      className="availability-exception-form"
      messages={(field) => t(`agenda.absences.errors.${field}` as 'agenda.absences.errors.officeId')}
      onValid={(values) => create.mutate(toBody(canCloseOffice ? values : { ...values, scope: 'mine' }), { onSuccess: onSaved })}
    >
      {create.isError && <ProblemAlert error={create.error} />}
      <div className="row">
        <div className="col-md-6">
          <FormSelectField name="officeId" label={t('agenda.office')} required>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>
      <ScopeFieldset canCloseOffice={canCloseOffice} />
      <div className="row">
        <div className="col-md-6">
          <FormTextField name="fromDate" type="date" label={t('agenda.absences.fromDate')} required />
        </div>
        <div className="col-md-6">
          <FormTextField name="toDate" type="date" label={t('agenda.absences.toDate')} required />
        </div>
        <div className="col-md-6">
          <FormTextField name="fromTime" type="time" label={t('agenda.absences.fromTime')} hint={t('agenda.absences.fromTimeHint')} />
        </div>
        <div className="col-md-6">
          <FormTextField name="toTime" type="time" label={t('agenda.absences.toTime')} hint={t('agenda.absences.toTimeHint')} />
        </div>
      </div>
      <FormTextField name="reason" label={t('agenda.absences.reason')} hint={t('agenda.absences.reasonHint')} required minLength={3} maxLength={200} />
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.absences.submit')}
      </button>
    </FormShell>
  );
}
