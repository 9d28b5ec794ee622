import type { AppointmentChannel, AppointmentResponse } from '@opencpi/contracts';
import { RescheduleAppointmentBody } from '@opencpi/contracts/browser';
import { FormShell, useDtoForm } from '@opencpi/ui';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { isChannel } from '../agenda-labels';
import { agendaNoticeState } from '../agenda-notice';
import { useCitizenSlots } from '../api/use-citizen-slots';
import { useRescheduleAppointment } from '../api/use-reschedule-appointment';
import { agendaFieldOf, SlotPickerField, useAgendaFormMessages } from './agenda-form-fields';
import { AgendaProblemAlert } from './agenda-problem-alert';

const SEARCH_DAYS = 21;

interface RescheduleValues {
  slotId: string;
}
const toBody = (v: RescheduleValues): RescheduleAppointmentBody => ({ slotId: v.slotId });

/**
 * The free slots for the same service, office and channel as the appointment, and "Conferma il nuovo orario"
 * (RescheduleAppointmentBody's checks). The appointment does not carry its office id: slots are searched for every
 * office and kept by office name.
 */
export function RescheduleForm({ appointment }: { appointment: AppointmentResponse }) {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  const channel: AppointmentChannel | undefined = isChannel(appointment.channel) ? appointment.channel : undefined;
  const slots = useCitizenSlots({ serviceType: appointment.serviceType, channel, days: SEARCH_DAYS });
  const reschedule = useRescheduleAppointment({
    onRescheduled: () => void navigate('/appuntamenti', { state: agendaNoticeState('rescheduled') }),
  });
  const form = useDtoForm<RescheduleValues, RescheduleAppointmentBody>({
    dto: RescheduleAppointmentBody,
    toBody,
    fieldOf: agendaFieldOf,
    defaultValues: { slotId: '' },
    serverError: reschedule.error,
  });
  const slotId = useWatch({ control: form.control, name: 'slotId' });
  const sameOffice = slots.data?.items.filter((s) => s.officeName === appointment.officeName && s.startsAt !== appointment.startsAt);

  // a slot that is no longer free (e.g. after SLOT_FULL and the refetch) is no longer chosen
  useEffect(() => {
    if (slotId && sameOffice && !sameOffice.some((s) => s.id === slotId)) form.setValue('slotId', '');
  }, [sameOffice, slotId, form]);

  const submit = (values: RescheduleValues) => {
    if (reschedule.isPending) return;
    // on success the hook goes back to "I miei appuntamenti"; on SLOT_FULL and the like, show what is free now
    reschedule.mutate({ appointmentId: appointment.id, slotId: values.slotId }, { onError: () => void slots.refetch() });
  };

  return (
    <FormShell form={form} messages={useAgendaFormMessages()} onValid={submit} className="agenda-form">
      <SlotPickerField
        slots={sameOffice}
        isLoading={slots.isLoading}
        error={slots.isError ? slots.error : undefined}
        onRetry={() => void slots.refetch()}
        emptyMessage={t('agenda.reschedule.noSlots')}
      />
      {reschedule.isError && <AgendaProblemAlert error={reschedule.error} />}
      <button type="submit" className="btn btn-primary agenda-submit" aria-busy={reschedule.isPending}>
        {reschedule.isPending ? t('agenda.reschedule.submitting') : t('agenda.reschedule.submit')}
      </button>
    </FormShell>
  );
}
