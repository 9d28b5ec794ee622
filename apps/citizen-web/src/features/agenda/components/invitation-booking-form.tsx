import type { AppointmentChannel, PublicInvitationResponse } from '@opencpi/contracts';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBookInvitation } from '../api/use-book-invitation';
import { AgendaProblemAlert } from './agenda-problem-alert';
import { ChannelPicker, defaultChannel } from './channel-picker';
import { SlotPicker } from './slot-picker';

export interface InvitationBookingFormProps {
  token: string;
  invitation: PublicInvitationResponse;
  /** after a failed booking: read the invitation again (its slots, or that it expired) */
  onRefresh: () => void;
}

/**
 * The invitation's offer, without login: "Modalità" (the channels of the offered slots), the slots of that channel
 * and "Conferma prenotazione". On success the invitation in the cache becomes `booked` and the page shows the confirmation.
 */
export function InvitationBookingForm({ token, invitation, onRefresh }: InvitationBookingFormProps) {
  const { t } = useTranslation('citizen');
  const channels = [...new Set(invitation.slots.flatMap((s) => s.channels))];
  const [chosenChannel, setChannel] = useState<AppointmentChannel | undefined>(() => defaultChannel(channels));
  // the offer may change after a refresh: fall back to a channel still offered
  const channel = chosenChannel && channels.includes(chosenChannel) ? chosenChannel : defaultChannel(channels);
  const [slotId, setSlotId] = useState<string | undefined>();
  const [slotError, setSlotError] = useState<string | undefined>();
  const slotFieldset = useRef<HTMLFieldSetElement>(null);
  const book = useBookInvitation(token);

  const slots = channel ? invitation.slots.filter((s) => s.channels.includes(channel)) : [];
  const chosenSlot = slots.find((s) => s.id === slotId);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (book.isPending) return;
    if (!chosenSlot || !channel) {
      setSlotError(t('agenda.slots.required'));
      slotFieldset.current?.focus();
      return;
    }
    book.mutate({ slotId: chosenSlot.id, channel }, { onError: onRefresh });
  };

  return (
    <form className="agenda-form" onSubmit={submit} noValidate>
      {channels.length > 0 && (
        <ChannelPicker
          channels={channels}
          value={channel}
          onChange={(next) => {
            setChannel(next);
            setSlotId(undefined);
          }}
        />
      )}
      <SlotPicker
        key={channel ?? 'none'}
        ref={slotFieldset}
        slots={slots}
        value={chosenSlot?.id}
        onChange={(next) => {
          setSlotId(next);
          setSlotError(undefined);
        }}
        emptyMessage={t('agenda.invitation.noSlots')}
        fieldError={slotError}
      />
      {book.isError && <AgendaProblemAlert error={book.error} />}
      {slots.length > 0 && (
        <button type="submit" className="btn btn-primary agenda-submit" aria-busy={book.isPending}>
          {book.isPending ? t('agenda.book.submitting') : t('agenda.book.submit')}
        </button>
      )}
    </form>
  );
}
