import type { AppointmentChannel, OfficeOptionResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { BookAppointmentBody } from '@opencpi/contracts/browser';
import { dtoResolver, FormSelectField, FormShell, useServerErrors } from '@opencpi/ui';
import { useEffect } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { agendaNoticeState } from '../agenda-notice';
import { useBookAppointment } from '../api/use-book-appointment';
import { useCitizenSlots } from '../api/use-citizen-slots';
import { AgendaProblemAlert } from './agenda-problem-alert';
import { agendaFieldOf, ChannelPickerField, SlotPickerField, useAgendaFormMessages } from './agenda-form-fields';
import { defaultChannel } from './channel-picker';

/** How far ahead the free slots are searched. */
const SEARCH_DAYS = 21;

interface BookValues {
  /** not part of the body: the service whose slots are searched */
  serviceCode: string;
  channel: AppointmentChannel | '';
  officeId: string;
  slotId: string;
}
const toBody = (v: BookValues) => ({ slotId: v.slotId, channel: v.channel });
const bodyResolver = dtoResolver<BookValues, BookAppointmentBody>(BookAppointmentBody, toBody, agendaFieldOf);
/** BookAppointmentBody's checks, once a service is chosen (without one there are no slots to choose from). */
const resolver: Resolver<BookValues> = (values, context, options) =>
  values.serviceCode ? bodyResolver(values, context, options) : { values: {}, errors: { serviceCode: { type: 'required', message: '' } } };

export interface BookAppointmentFormProps {
  serviceTypes: readonly ServiceTypeResponse[];
  /** own CPI first, the others by distance (as the API sends them) */
  offices: readonly OfficeOptionResponse[];
}

/**
 * "Servizio", "Modalità", "Sede", then the free slots of that choice and "Conferma prenotazione" (BookAppointmentBody's
 * checks in the browser, its field errors from the API on the same fields). On success, back to "I miei appuntamenti",
 * which says "Appuntamento confermato".
 */
export function BookAppointmentForm({ serviceTypes, offices }: BookAppointmentFormProps) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const book = useBookAppointment();
  const form = useForm<BookValues>({
    resolver,
    defaultValues: { serviceCode: '', channel: '', officeId: (offices.find((o) => o.own) ?? offices[0])?.id ?? '', slotId: '' },
  });
  useServerErrors(form, book.error, agendaFieldOf);
  const [serviceCode, channel, officeId, slotId] = useWatch({ control: form.control, name: ['serviceCode', 'channel', 'officeId', 'slotId'] });
  const messages = useAgendaFormMessages();

  const service = serviceTypes.find((s) => s.code === serviceCode);
  const search = service && channel ? { serviceType: service.code, officeId: officeId || undefined, channel, days: SEARCH_DAYS } : undefined;
  const slots = useCitizenSlots(search);
  const clearSlot = () => form.setValue('slotId', '');

  // a slot that is no longer free (e.g. after SLOT_FULL and the refetch) is no longer chosen
  useEffect(() => {
    if (slotId && slots.data && !slots.data.items.some((s) => s.id === slotId)) form.setValue('slotId', '');
  }, [slots.data, slotId, form]);

  const submit = (values: BookValues) => {
    if (book.isPending || !values.channel) return;
    book.mutate(
      { slotId: values.slotId, channel: values.channel },
      {
        onSuccess: () => void navigate('/appuntamenti', { state: agendaNoticeState('booked') }),
        // SLOT_FULL and the like: show what is free now
        onError: () => void slots.refetch(),
      },
    );
  };

  return (
    <FormShell form={form} messages={messages} onValid={submit} className="agenda-form">
      <FormSelectField
        name="serviceCode"
        label={t('agenda.book.service')}
        rules={{
          onChange: (e: { target: { value: string } }) => {
            form.setValue('channel', defaultChannel(serviceTypes.find((s) => s.code === e.target.value)?.channels ?? []) ?? '');
            clearSlot();
          },
        }}
      >
        <option value="">{t('agenda.book.servicePlaceholder')}</option>
        {serviceTypes.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </FormSelectField>

      {service && service.channels.length > 0 && <ChannelPickerField channels={service.channels} onChosen={clearSlot} />}

      {offices.length > 0 && (
        <FormSelectField name="officeId" label={t('agenda.book.office')} rules={{ onChange: clearSlot }}>
          {offices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.own ? t('agenda.book.ownOffice', { name: o.name }) : t('agenda.book.otherOffice', { name: o.name, km: o.distanceKm })}
            </option>
          ))}
        </FormSelectField>
      )}

      <SlotPickerField
        // a new search starts again from the first days
        key={search ? `${search.serviceType}|${search.channel}|${search.officeId ?? ''}` : 'none'}
        slots={slots.data?.items}
        isLoading={slots.isLoading}
        error={slots.isError ? slots.error : undefined}
        onRetry={() => void slots.refetch()}
        notReady={search ? undefined : t('agenda.book.chooseServiceFirst')}
      />

      {book.isError && <AgendaProblemAlert error={book.error} />}

      <button type="submit" className="btn btn-primary agenda-submit" aria-busy={book.isPending}>
        {book.isPending ? t('agenda.book.submitting') : t('agenda.book.submit')}
      </button>
    </FormShell>
  );
}
