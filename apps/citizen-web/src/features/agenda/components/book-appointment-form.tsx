import type { AppointmentChannel, OfficeOptionResponse, ServiceTypeResponse } from '@opencpi/contracts';
import { SelectField } from '@opencpi/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { agendaNoticeState } from '../agenda-notice';
import { useBookAppointment } from '../api/use-book-appointment';
import { useCitizenSlots } from '../api/use-citizen-slots';
import { AgendaProblemAlert } from './agenda-problem-alert';
import { ChannelPicker, defaultChannel } from './channel-picker';
import { SlotPicker } from './slot-picker';

/** How far ahead the free slots are searched. */
const SEARCH_DAYS = 21;

export interface BookAppointmentFormProps {
  serviceTypes: readonly ServiceTypeResponse[];
  /** own CPI first, the others by distance (as the API sends them) */
  offices: readonly OfficeOptionResponse[];
}

/**
 * "Servizio", "Modalità", "Sede", then the free slots of that choice and "Conferma prenotazione".
 * On success, back to "I miei appuntamenti", which says "Appuntamento confermato".
 */
export function BookAppointmentForm({ serviceTypes, offices }: BookAppointmentFormProps) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const id = useId();
  const serviceId = `${id}-service`;
  const [serviceCode, setServiceCode] = useState('');
  const [channel, setChannel] = useState<AppointmentChannel | undefined>();
  const [officeId, setOfficeId] = useState(() => (offices.find((o) => o.own) ?? offices[0])?.id ?? '');
  const [slotId, setSlotId] = useState<string | undefined>();
  const [serviceError, setServiceError] = useState<string | undefined>();
  const [slotError, setSlotError] = useState<string | undefined>();
  const slotFieldset = useRef<HTMLFieldSetElement>(null);
  const book = useBookAppointment();

  const service = serviceTypes.find((s) => s.code === serviceCode);
  const search = service && channel ? { serviceType: service.code, officeId: officeId || undefined, channel, days: SEARCH_DAYS } : undefined;
  const slots = useCitizenSlots(search);
  // a slot that is no longer free (e.g. after SLOT_FULL and the refetch) is no longer chosen
  const chosenSlot = slots.data?.items.find((s) => s.id === slotId);

  const chooseSlot = (next: string) => {
    setSlotId(next);
    setSlotError(undefined);
  };

  const changeService = (code: string) => {
    setServiceCode(code);
    setServiceError(undefined);
    setChannel(defaultChannel(serviceTypes.find((s) => s.code === code)?.channels ?? []));
    setSlotId(undefined);
  };

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (book.isPending) return;
    if (!service) {
      setServiceError(t('agenda.book.serviceRequired'));
      document.getElementById(serviceId)?.focus();
      return;
    }
    if (!chosenSlot || !channel) {
      setSlotError(t('agenda.slots.required'));
      slotFieldset.current?.focus();
      return;
    }
    book.mutate(
      { slotId: chosenSlot.id, channel },
      {
        onSuccess: () => void navigate('/appuntamenti', { state: agendaNoticeState('booked') }),
        // SLOT_FULL and the like: show what is free now
        onError: () => void slots.refetch(),
      },
    );
  };

  return (
    <form className="agenda-form" onSubmit={submit} noValidate>
      <SelectField id={serviceId} label={t('agenda.book.service')} value={serviceCode} onChange={(e) => changeService(e.target.value)} error={serviceError}>
        <option value="">{t('agenda.book.servicePlaceholder')}</option>
        {serviceTypes.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </SelectField>

      {service && service.channels.length > 0 && (
        <ChannelPicker
          channels={service.channels}
          value={channel}
          onChange={(next) => {
            setChannel(next);
            setSlotId(undefined);
          }}
        />
      )}

      {offices.length > 0 && (
        <SelectField
          label={t('agenda.book.office')}
          value={officeId}
          onChange={(e) => {
            setOfficeId(e.target.value);
            setSlotId(undefined);
          }}
        >
          {offices.map((o) => (
            <option key={o.id} value={o.id}>
              {o.own ? t('agenda.book.ownOffice', { name: o.name }) : t('agenda.book.otherOffice', { name: o.name, km: o.distanceKm })}
            </option>
          ))}
        </SelectField>
      )}

      <SlotPicker
        // a new search starts again from the first days
        key={search ? `${search.serviceType}|${search.channel}|${search.officeId ?? ''}` : 'none'}
        ref={slotFieldset}
        slots={slots.data?.items}
        isLoading={slots.isLoading}
        error={slots.isError ? slots.error : undefined}
        onRetry={() => void slots.refetch()}
        notReady={search ? undefined : t('agenda.book.chooseServiceFirst')}
        value={chosenSlot?.id}
        onChange={chooseSlot}
        fieldError={slotError}
      />

      {book.isError && <AgendaProblemAlert error={book.error} />}

      <button type="submit" className="btn btn-primary agenda-submit" aria-busy={book.isPending}>
        {book.isPending ? t('agenda.book.submitting') : t('agenda.book.submit')}
      </button>
    </form>
  );
}
