import type { AppointmentResponse } from '@opencpi/contracts';
import { CheckboxField, Loading, ProblemAlert } from '@opencpi/ui';
import { forwardRef, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperatorSlots } from '../api/use-operator-slots';
import { todayInRome } from '../dates';
import { isChannel } from '../hooks/use-agenda-labels';
import { useLongDate } from '../hooks/use-long-date';

const SLOT_DAYS = 21;
const MAX_SLOTS = 20;

export interface MoveAppointmentFormProps {
  id: string;
  appointment: AppointmentResponse;
  /** the slot the appointment is in now (not offered) */
  currentSlotId: string;
  /** the agenda's office */
  officeId: string;
  busy: boolean;
  /** the failed move, if any */
  error: unknown;
  /** `onFailed` is called if the move fails (the free slots are read again) */
  onMove: (slotId: string, onFailed: () => void) => void;
  onClose: () => void;
}

/**
 * "Nuovo orario": the first 20 free slots of the next 21 days for the same service, office and channel, as radio
 * buttons, then "Conferma lo spostamento" and "Non spostare". The ref is the fieldset, focused when the form opens.
 */
export const MoveAppointmentForm = forwardRef<HTMLFieldSetElement, MoveAppointmentFormProps>(function MoveAppointmentForm(
  { id, appointment, currentSlotId, officeId, busy, error, onMove, onClose },
  ref,
) {
  const { t } = useTranslation('operator');
  const longDate = useLongDate();
  const legendId = useId();
  const [slotId, setSlotId] = useState('');
  const [slotError, setSlotError] = useState<string | undefined>();
  const [from] = useState(todayInRome);

  const slots = useOperatorSlots({
    serviceType: appointment.serviceType,
    officeId,
    ...(isChannel(appointment.channel) ? { channel: appointment.channel } : {}),
    from,
    days: SLOT_DAYS,
  });
  const freeSlots = (slots.data?.items ?? []).filter((s) => s.seatsLeft > 0 && s.id !== currentSlotId).slice(0, MAX_SLOTS);
  const chosenSlot = freeSlots.some((s) => s.id === slotId) ? slotId : '';

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!chosenSlot) {
      setSlotError(t('agenda.calendar.moveSlotRequired'));
      return;
    }
    setSlotError(undefined);
    // someone may have taken the slot meanwhile: show the free ones again
    onMove(chosenSlot, () => void slots.refetch());
  };

  return (
    <form id={id} className="move-form" onSubmit={submit} noValidate>
      {error != null && <ProblemAlert error={error} />}
      <fieldset
        ref={ref}
        tabIndex={-1}
        className={['form-fieldset', slotError ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-describedby={slotError ? `${legendId}-hint ${legendId}-error` : `${legendId}-hint`}
      >
        <legend>{t('agenda.calendar.moveSlots')}</legend>
        <p id={`${legendId}-hint`} className="text-field__hint form-text">
          {t('agenda.calendar.moveSlotsHint')}
        </p>
        <div aria-live="polite" aria-busy={slots.isFetching}>
          {slots.isPending ? (
            <Loading />
          ) : slots.isError ? (
            <ProblemAlert error={slots.error} onRetry={() => void slots.refetch()} />
          ) : freeSlots.length === 0 ? (
            <p>{t('agenda.calendar.moveNoSlots')}</p>
          ) : (
            freeSlots.map((s) => (
              <CheckboxField
                key={s.id}
                type="radio"
                name={`${legendId}-slotId`}
                value={s.id}
                checked={chosenSlot === s.id}
                onChange={() => {
                  setSlotId(s.id);
                  setSlotError(undefined);
                }}
                label={t('agenda.calendar.moveSlotLabel', { date: longDate(s.localDate), time: s.localTime, operator: s.operatorName ?? s.officeName })}
              />
            ))
          )}
        </div>
        {slotError && (
          <p id={`${legendId}-error`} className="text-field__error invalid-feedback d-block" role="alert">
            {slotError}
          </p>
        )}
      </fieldset>
      <div className="d-flex flex-wrap gap-2">
        <button type="submit" className="btn btn-sm btn-primary" disabled={busy} aria-busy={busy}>
          {t('agenda.calendar.confirmMove')}
        </button>
        <button type="button" className="btn btn-sm btn-outline-secondary" disabled={busy} onClick={onClose}>
          {t('agenda.calendar.keepSlot')}
        </button>
      </div>
    </form>
  );
});
