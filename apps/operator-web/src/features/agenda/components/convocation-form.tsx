import type { ConvocationResponse, OfficeResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { CreateConvocationBody } from '@opencpi/contracts/browser';
import { FormRadioList, FormSelectField, FormShell, FormTextareaField, FormTextField, Loading, ProblemAlert, useDtoForm, useFieldError } from '@opencpi/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultService, useNextFreeHint } from '../hooks/use-next-free-hint';
import { useCreateConvocation } from '../api/use-create-convocation';
import { useOperatorSlots } from '../api/use-operator-slots';
import { isChannel, knownChannels, useAgendaLabels } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';

const MAX_SLOTS = 30;

interface ConvocationValues {
  fiscalCode: string;
  officeId: string;
  serviceType: string;
  channel: string;
  slotId: string;
  legalBasis: string;
  /** the unanswered invitation this convocation escalates ('' for none) */
  invitationId: string;
}

const toBody = (v: ConvocationValues): CreateConvocationBody => ({
  fiscalCode: v.fiscalCode.replace(/\s+/g, '').toUpperCase(),
  slotId: v.slotId,
  channel: v.channel as CreateConvocationBody['channel'],
  legalBasis: v.legalBasis.trim(),
  ...(v.invitationId ? { invitationId: v.invitationId } : {}),
});

/** The API's `/invitationId` error: the invitation the link came from is not valid. */
function InvitationError() {
  const error = useFieldError('invitationId');
  return error ? <p className="text-field__error">{error}</p> : null;
}

export interface ConvocationFormProps {
  offices: readonly OfficeResponse[];
  services: readonly ServiceTypeResponse[];
  /** from the query string: a link from an invitation or a dossier */
  initial: { fiscalCode?: string; invitationId?: string; serviceType?: string; officeId?: string };
  onCreated: (convocation: ConvocationResponse) => void;
}

/**
 * Convoke one person: fiscal code, office, service, channel, one of the next 30 free slots across operators in time order,
 * and the legal basis (CreateConvocationBody's limits). With an invitation id (from "Convoca" in the invitations)
 * the invitation is escalated.
 */
export function ConvocationForm({ offices, services, initial, onCreated }: ConvocationFormProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const longDate = useLongDate();
  const create = useCreateConvocation();
  const channelsOf = (code: string) => knownChannels(services.find((s) => s.code === code)?.channels ?? []);
  const firstService = defaultService(services, initial.serviceType);
  const form = useDtoForm<ConvocationValues, CreateConvocationBody>({
    dto: CreateConvocationBody,
    toBody,
    serverError: create.error,
    defaultValues: {
      fiscalCode: initial.fiscalCode?.toUpperCase() ?? '',
      officeId: offices.find((o) => o.id === initial.officeId)?.id ?? offices[0]?.id ?? '',
      serviceType: firstService,
      channel: channelsOf(firstService)[0] ?? '',
      slotId: '',
      legalBasis: '',
      invitationId: initial.invitationId ?? '',
    },
  });
  const [officeId, serviceType, channel, slotId] = form.watch(['officeId', 'serviceType', 'channel', 'slotId']);
  const nextFreeHint = useNextFreeHint();
  const serviceChannels = channelsOf(serviceType);

  const slots = useOperatorSlots(serviceType && officeId && isChannel(channel) ? { serviceType, officeId, channel, limit: MAX_SLOTS } : undefined);
  const freeSlots = (slots.data?.items ?? []).filter((s) => s.seatsLeft > 0).slice(0, MAX_SLOTS);
  const slotGone = slotId !== '' && !freeSlots.some((s) => s.id === slotId);
  // a chosen slot that is no longer offered (taken, or another service, office or channel) is no choice
  useEffect(() => {
    if (slotGone) form.setValue('slotId', '');
  }, [slotGone, form]);

  const onValid = (values: ConvocationValues) =>
    create.mutate(toBody(values), {
      onSuccess: onCreated,
      // someone may have taken the slot meanwhile: show the free ones again
      onError: () => void slots.refetch(),
    });

  return (
    <FormShell form={form} className="convocation-form" messages={(field) => t(`agenda.convoke.errors.${field}` as 'agenda.convoke.errors.fiscalCode')} onValid={onValid}>
      {create.isError && <ProblemAlert error={create.error} />}
      <InvitationError />
      <div className="row">
        <div className="col-md-6">
          <FormTextField
            name="fiscalCode"
            label={t('agenda.convoke.fiscalCode')}
            rules={{
              onChange: (e: { target: { value: string } }) => {
                const upper = e.target.value.toUpperCase();
                if (upper !== e.target.value) form.setValue('fiscalCode', upper);
              },
            }}
            autoComplete="off"
            spellCheck={false}
            maxLength={16}
            required
          />
        </div>
      </div>
      <div className="row">
        <div className="col-md-6 col-lg-4">
          <FormSelectField name="officeId" label={t('agenda.office')} required>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-md-6 col-lg-4">
          <FormSelectField
            name="serviceType"
            label={t('agenda.service')}
            hint={nextFreeHint(services, serviceType)}
            // the channel stays when the new service offers it, else its first one
            rules={{
              onChange: (e: { target: { value: string } }) => {
                const offered: string[] = channelsOf(e.target.value);
                if (!offered.includes(form.getValues('channel'))) form.setValue('channel', offered[0] ?? '');
              },
            }}
            required
          >
            {services.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="col-md-6 col-lg-4">
          <FormSelectField key={serviceType} name="channel" label={t('agenda.convoke.channel')} required>
            {serviceChannels.map((c) => (
              <option key={c} value={c}>
                {labels.channel(c)}
              </option>
            ))}
          </FormSelectField>
        </div>
      </div>

      <FormRadioList
        name="slotId"
        legend={t('agenda.convoke.slots')}
        hint={t('agenda.convoke.slotsHint')}
        busy={slots.isFetching}
        options={freeSlots.map((s) => ({
          value: s.id,
          label: t('agenda.convoke.slotLabel', { date: longDate(s.localDate), time: s.localTime, operator: s.operatorName ?? s.officeName }),
        }))}
        placeholder={
          !serviceType || !channel ? (
            <p>{t('agenda.convoke.chooseService')}</p>
          ) : slots.isPending ? (
            <Loading />
          ) : slots.isError ? (
            <ProblemAlert error={slots.error} onRetry={() => void slots.refetch()} />
          ) : freeSlots.length === 0 ? (
            <p>{t('agenda.convoke.noSlots')}</p>
          ) : undefined
        }
      />

      <FormTextareaField name="legalBasis" label={t('agenda.convoke.legalBasis')} hint={t('agenda.convoke.legalBasisHint')} required minLength={5} maxLength={300} rows={3} />
      <button type="submit" className="btn btn-primary" disabled={create.isPending} aria-busy={create.isPending}>
        {t('agenda.convoke.submit')}
      </button>
    </FormShell>
  );
}
