import type { AvailabilityRuleResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CreateAvailabilityRuleBody } from '@opencpi/contracts/browser';
import { checkedValues, FormCheckboxGroup, FormDateField, FormSelectField, FormShell, FormTextField, ProblemAlert, useDtoForm, type CrossCheck } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { useCreateAvailabilityRule } from '../api/use-create-availability-rule';
import { isIsoDate, todayInRome } from '../dates';
import { CHANNELS, knownChannels, useAgendaLabels, WEEKDAYS } from '../hooks/use-agenda-labels';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

interface AvailabilityValues {
  officeId: string;
  serviceType: string;
  weekday: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string;
  channels: string[];
}

const toBody = (v: AvailabilityValues): CreateAvailabilityRuleBody => {
  const checked = checkedValues(v.channels);
  return {
    officeId: v.officeId,
    serviceType: v.serviceType,
    weekday: Number(v.weekday),
    startTime: v.startTime,
    endTime: v.endTime,
    validFrom: v.validFrom,
    ...(v.validTo ? { validTo: v.validTo } : {}),
    channels: CHANNELS.filter((c) => checked.includes(c)),
  };
};

/** What the DTO cannot say: the end after the start, the validity's end not before its start. */
const check: CrossCheck<AvailabilityValues> = (v) => ({
  ...(HH_MM.test(v.startTime) && HH_MM.test(v.endTime) && v.endTime <= v.startTime ? { endTime: 'after' } : {}),
  ...(isIsoDate(v.validFrom) && isIsoDate(v.validTo) && v.validTo < v.validFrom ? { validTo: 'after' } : {}),
});

export interface AvailabilityFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  onSaved: (rule: AvailabilityRuleResponse) => void;
}

/**
 * A weekly availability: office, service, weekday, from–to, validity and the channels the service is offered on
 * (CreateAvailabilityRuleBody's limits, plus the end after the start). The API checks the rest and its field errors
 * (`/endTime`, `/channels`, …) are shown next to the fields.
 */
export function AvailabilityForm({ offices, services, onSaved }: AvailabilityFormProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const create = useCreateAvailabilityRule();
  const channelsOf = (code: string) => knownChannels(services.find((s) => s.code === code)?.channels ?? []);
  const firstService = services[0]?.code ?? '';
  const form = useDtoForm<AvailabilityValues, CreateAvailabilityRuleBody>({
    dto: CreateAvailabilityRuleBody,
    toBody,
    check,
    serverError: create.error,
    defaultValues: {
      officeId: offices[0]?.id ?? '',
      serviceType: firstService,
      weekday: '1',
      startTime: '',
      endTime: '',
      validFrom: todayInRome(),
      validTo: '',
      channels: channelsOf(firstService),
    },
  });
  const serviceChannels = channelsOf(form.watch('serviceType'));

  return (
    <FormShell
      form={form}
      className="availability-form"
      messages={(field) => t(`agenda.availability.errors.${field}` as 'agenda.availability.errors.officeId')}
      onValid={(values) => create.mutate(toBody(values), { onSuccess: onSaved })}
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
        <div className="col-md-6">
          <FormSelectField
            name="serviceType"
            label={t('agenda.service')}
            // a new service: offer all of its channels again
            rules={{ onChange: (e: { target: { value: string } }) => form.setValue('channels', channelsOf(e.target.value)) }}
            required
          >
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-md-4">
          <FormSelectField name="weekday" label={t('agenda.availability.weekday')} required>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {labels.weekday(d)}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-6 col-md-4">
          <FormTextField name="startTime" type="time" label={t('agenda.availability.startTime')} hint={t('agenda.availability.timeHint')} required />
        </div>
        <div className="col-6 col-md-4">
          <FormTextField name="endTime" type="time" label={t('agenda.availability.endTime')} hint={t('agenda.availability.timeHint')} required />
        </div>
        <div className="col-md-6">
          <FormDateField name="validFrom" label={t('agenda.availability.validFrom')} required />
        </div>
        <div className="col-md-6">
          <FormDateField name="validTo" label={t('agenda.availability.validTo')} />
        </div>
      </div>
      <FormCheckboxGroup
        key={serviceChannels.join()}
        name="channels"
        inline={false}
        legend={t('agenda.availability.channels')}
        hint={t('agenda.availability.channelsHint')}
        options={serviceChannels.map((c) => ({ value: c, label: labels.channel(c) }))}
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.availability.submit')}
      </button>
    </FormShell>
  );
}
