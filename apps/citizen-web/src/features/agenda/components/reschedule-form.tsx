import type { AppointmentChannel, AppointmentResponse } from '@opencpi/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isChannel } from '../agenda-labels';
import { agendaNoticeState } from '../agenda-notice';
import { useCitizenSlots } from '../api/use-citizen-slots';
import { useRescheduleAppointment } from '../api/use-reschedule-appointment';
import { AgendaProblemAlert } from './agenda-problem-alert';
import { SlotPicker } from './slot-picker';

const SEARCH_DAYS = 21;

/**
 * The free slots for the same service, office and channel as the appointment, and "Conferma il nuovo orario".
 * The appointment does not carry its office id: slots are searched for every office and kept by office name.
 */
export function RescheduleForm({ appointment }: { appointment: AppointmentResponse }) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const channel: AppointmentChannel | undefined = isChannel(appointment.channel) ? appointment.channel : undefined;
  const slots = useCitizenSlots({ serviceType: appointment.serviceType, channel, days: SEARCH_DAYS });
  const reschedule = useRescheduleAppointment({
    onRescheduled: () => void navigate('/appuntamenti', { state: agendaNoticeState('rescheduled') }),
  });
  const [slotId, setSlotId] = useState<string | undefined>();
  const [slotError, setSlotError] = useState<string | undefined>();
  const slotFieldset = useRef<HTMLFieldSetElement>(null);

  const sameOffice = slots.data?.items.filter((s) => s.officeName === appointment.officeName && s.startsAt !== appointment.startsAt);
  const chosenSlot = sameOffice?.find((s) => s.id === slotId);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reschedule.isPending) return;
    if (!chosenSlot) {
      setSlotError(t('agenda.slots.required'));
      slotFieldset.current?.focus();
      return;
    }
    // on success the hook goes back to "I miei appuntamenti"; on SLOT_FULL and the like, show what is free now
    reschedule.mutate({ appointmentId: appointment.id, slotId: chosenSlot.id }, { onError: () => void slots.refetch() });
  };

  return (
    <form className="agenda-form" onSubmit={submit} noValidate>
      <SlotPicker
        ref={slotFieldset}
        slots={sameOffice}
        isLoading={slots.isLoading}
        error={slots.isError ? slots.error : undefined}
        onRetry={() => void slots.refetch()}
        value={chosenSlot?.id}
        onChange={(next) => {
          setSlotId(next);
          setSlotError(undefined);
        }}
        emptyMessage={t('agenda.reschedule.noSlots')}
        fieldError={slotError}
      />
      {reschedule.isError && <AgendaProblemAlert error={reschedule.error} />}
      <button type="submit" className="btn btn-primary agenda-submit" aria-busy={reschedule.isPending}>
        {reschedule.isPending ? t('agenda.reschedule.submitting') : t('agenda.reschedule.submit')}
      </button>
    </form>
  );
}
