import type { AppointmentResponse } from '@opencpi/contracts';
import { MoveAppointmentBody } from '@opencpi/contracts/browser';
import { FormRadioList, FormShell, Loading, ProblemAlert, useDtoForm } from '@opencpi/ui';
import { forwardRef, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperatorSlots } from '../api/use-operator-slots';
import { isChannel } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';

const MAX_SLOTS = 20;

interface MoveValues {
  slotId: string;
}
const toBody = (v: MoveValues): MoveAppointmentBody => ({ slotId: v.slotId });

export interface MoveAppointmentFormProps {
  id: string;
  appointment: AppointmentResponse;
  /** the slot the appointment is in now (not offered) */
  currentSlotId: string;
  /** the agenda's office */
  officeId: string;
  busy: boolean;
  /** the failed move, if any (its `/slotId` error is shown on the slots) */
  error: unknown;
  /** `onFailed` is called if the move fails (the free slots are read again) */
  onMove: (slotId: string, onFailed: () => void) => void;
  onClose: () => void;
}

/**
 * "Nuovo orario": the next 20 free slots across operators, in time order, for the same service, office and channel, as radio
 * buttons (MoveAppointmentBody), then "Conferma lo spostamento" and "Non spostare". The ref is the fieldset, focused
 * when the form opens.
 */
export const MoveAppointmentForm = forwardRef<HTMLFieldSetElement, MoveAppointmentFormProps>(function MoveAppointmentForm(
  { id, appointment, currentSlotId, officeId, busy, error, onMove, onClose },
  ref,
) {
  const { t } = useTranslation('operator');
  const longDate = useLongDate();
  const form = useDtoForm<MoveValues, MoveAppointmentBody>({ dto: MoveAppointmentBody, toBody, defaultValues: { slotId: '' }, serverError: error });

  const slots = useOperatorSlots({
    serviceType: appointment.serviceType,
    officeId,
    ...(isChannel(appointment.channel) ? { channel: appointment.channel } : {}),
    // the next free times across operators, in time order (up to the booking horizon)
    limit: MAX_SLOTS + 1,
  });
  const freeSlots = (slots.data?.items ?? []).filter((s) => s.seatsLeft > 0 && s.id !== currentSlotId).slice(0, MAX_SLOTS);
  const slotId = form.watch('slotId');
  const slotGone = slotId !== '' && !freeSlots.some((s) => s.id === slotId);
  // a chosen slot that is no longer free is no choice
  useEffect(() => {
    if (slotGone) form.setValue('slotId', '');
  }, [slotGone, form]);

  return (
    <FormShell
      form={form}
      id={id}
      className="move-form"
      messages={() => t('agenda.calendar.moveSlotRequired')}
      // someone may have taken the slot meanwhile: show the free ones again
      onValid={(values) => onMove(values.slotId, () => void slots.refetch())}
    >
      {error != null && <ProblemAlert error={error} />}
      <FormRadioList
        ref={ref}
        name="slotId"
        legend={t('agenda.calendar.moveSlots')}
        hint={t('agenda.calendar.moveSlotsHint')}
        busy={slots.isFetching}
        options={freeSlots.map((s) => ({
          value: s.id,
          label: t('agenda.calendar.moveSlotLabel', { date: longDate(s.localDate), time: s.localTime, operator: s.operatorName ?? s.officeName }),
        }))}
        placeholder={
          slots.isPending ? (
            <Loading />
          ) : slots.isError ? (
            <ProblemAlert error={slots.error} onRetry={() => void slots.refetch()} />
          ) : freeSlots.length === 0 ? (
            <p>{t('agenda.calendar.moveNoSlots')}</p>
          ) : undefined
        }
      />
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-sm btn-primary" disabled={busy} aria-busy={busy}>
          {t('agenda.calendar.confirmMove')}
        </button>
        <button type="button" className="btn btn-sm btn-outline-secondary" disabled={busy} onClick={onClose}>
          {t('agenda.calendar.keepSlot')}
        </button>
      </div>
    </FormShell>
  );
});
