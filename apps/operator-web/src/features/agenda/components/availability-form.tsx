import type { AppointmentChannel, AvailabilityRuleResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CheckboxField, ProblemAlert, SelectField, TextField } from '@opencpi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAvailabilityRule } from '../api/use-create-availability-rule';
import { isIsoDate, todayInRome } from '../dates';
import { knownChannels, useAgendaLabels, WEEKDAYS, type Weekday } from '../hooks/use-agenda-labels';
import { problemFields } from '../problem-fields';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

type Field = 'officeId' | 'serviceType' | 'weekday' | 'startTime' | 'endTime' | 'validFrom' | 'validTo' | 'channels';

export interface AvailabilityFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  onSaved: (rule: AvailabilityRuleResponse) => void;
}

/**
 * A weekly availability: office, service, weekday, from–to, validity and the channels the service is offered on.
 * Checked here for what is obvious (missing values, end before start); the API checks the rest and its field
 * errors (`/endTime`, `/channels`, …) are shown next to the fields.
 */
export function AvailabilityForm({ offices, services, onSaved }: AvailabilityFormProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const create = useCreateAvailabilityRule();
  const [officeId, setOfficeId] = useState(offices[0]?.id ?? '');
  const [serviceType, setServiceType] = useState(services[0]?.code ?? '');
  const [weekday, setWeekday] = useState<Weekday>(1);
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [validFrom, setValidFrom] = useState(todayInRome);
  const [validTo, setValidTo] = useState('');
  const service = services.find((s) => s.code === serviceType);
  const serviceChannels = knownChannels(service?.channels ?? []);
  const [channels, setChannels] = useState<AppointmentChannel[]>(serviceChannels);
  const channelsId = useId();
  const [localErrors, setLocalErrors] = useState<Partial<Record<Field, true>>>({});

  const server = problemFields(create.error);
  const errorOf = (field: Field): string | undefined => (localErrors[field] || server.has(`/${field}`) ? t(`agenda.availability.errors.${field}`) : undefined);

  const chooseService = (code: string) => {
    setServiceType(code);
    // a new service: offer all of its channels again
    setChannels(knownChannels(services.find((s) => s.code === code)?.channels ?? []));
  };

  const toggleChannel = (channel: AppointmentChannel, on: boolean) => setChannels((current) => (on ? [...current, channel] : current.filter((c) => c !== channel)));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen = serviceChannels.filter((c) => channels.includes(c));
    const errors: Partial<Record<Field, true>> = {};
    if (!officeId) errors.officeId = true;
    if (!service) errors.serviceType = true;
    if (!HH_MM.test(startTime)) errors.startTime = true;
    if (!HH_MM.test(endTime) || (HH_MM.test(startTime) && endTime <= startTime)) errors.endTime = true;
    if (!isIsoDate(validFrom)) errors.validFrom = true;
    if (validTo && (!isIsoDate(validTo) || validTo < validFrom)) errors.validTo = true;
    if (chosen.length === 0) errors.channels = true;
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      return;
    }
    create.mutate({ officeId, serviceType, weekday, startTime, endTime, validFrom, ...(validTo ? { validTo } : {}), channels: chosen }, { onSuccess: onSaved });
  };

  const channelsError = errorOf('channels');
  return (
    <form className="availability-form" onSubmit={submit} noValidate>
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
        <div className="col-md-6">
          <SelectField label={t('agenda.service')} value={serviceType} error={errorOf('serviceType')} onChange={(e) => chooseService(e.target.value)} required>
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-4">
          <SelectField
            label={t('agenda.availability.weekday')}
            value={String(weekday)}
            error={errorOf('weekday')}
            onChange={(e) => setWeekday((WEEKDAYS.find((d) => String(d) === e.target.value) ?? 1) as Weekday)}
            required
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {labels.weekday(d)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-6 col-md-4">
          <TextField
            type="time"
            label={t('agenda.availability.startTime')}
            hint={t('agenda.availability.timeHint')}
            value={startTime}
            error={errorOf('startTime')}
            onChange={(e) => setStartTime(e.target.value)}
            required
          />
        </div>
        <div className="col-6 col-md-4">
          <TextField
            type="time"
            label={t('agenda.availability.endTime')}
            hint={t('agenda.availability.timeHint')}
            value={endTime}
            error={errorOf('endTime')}
            onChange={(e) => setEndTime(e.target.value)}
            required
          />
        </div>
        <div className="col-md-6">
          <TextField
            type="date"
            label={t('agenda.availability.validFrom')}
            value={validFrom}
            error={errorOf('validFrom')}
            onChange={(e) => setValidFrom(e.target.value)}
            required
          />
        </div>
        <div className="col-md-6">
          <TextField type="date" label={t('agenda.availability.validTo')} value={validTo} error={errorOf('validTo')} onChange={(e) => setValidTo(e.target.value)} />
        </div>
      </div>
      <fieldset
        className={['form-fieldset', channelsError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={channelsError ? `${channelsId}-hint ${channelsId}-error` : `${channelsId}-hint`}
      >
        <legend>{t('agenda.availability.channels')}</legend>
        <p id={`${channelsId}-hint`} className="text-field__hint form-text">
          {t('agenda.availability.channelsHint')}
        </p>
        {serviceChannels.map((c) => (
          <CheckboxField key={c} label={labels.channel(c)} checked={channels.includes(c)} onChange={(e) => toggleChannel(c, e.target.checked)} />
        ))}
        {channelsError && (
          <p id={`${channelsId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {channelsError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.availability.submit')}
      </button>
    </form>
  );
}
