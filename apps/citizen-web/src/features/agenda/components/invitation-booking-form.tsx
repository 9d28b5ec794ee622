import type { AppointmentChannel, PublicInvitationResponse } from '@opencpi/contracts';
import { BookInvitationBody } from '@opencpi/contracts/browser';
import { FormShell, useDtoForm } from '@opencpi/ui';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBookInvitation } from '../api/use-book-invitation';
import { agendaFieldOf, ChannelPickerField, SlotPickerField, useAgendaFormMessages } from './agenda-form-fields';
import { AgendaProblemAlert } from './agenda-problem-alert';
import { defaultChannel } from './channel-picker';

export interface InvitationBookingFormProps {
  token: string;
  invitation: PublicInvitationResponse;
  /** after a failed booking: read the invitation again (its slots, or that it expired) */
  onRefresh: () => void;
}

interface InvitationValues {
  channel: AppointmentChannel | '';
  slotId: string;
}
const toBody = (v: InvitationValues) => ({ slotId: v.slotId, channel: v.channel });

/**
 * The invitation's offer, without login: "Modalità" (the channels of the offered slots), the slots of that channel
 * and "Conferma prenotazione" (BookInvitationBody's checks). On success the invitation in the cache becomes `booked`
 * and the page shows the confirmation.
 */
export function InvitationBookingForm({ token, invitation, onRefresh }: InvitationBookingFormProps) {
  const { t } = useTranslation('citizen');
  const channels = [...new Set(invitation.slots.flatMap((s) => s.channels))];
  const book = useBookInvitation(token);
  const form = useDtoForm<InvitationValues, BookInvitationBody>({
    dto: BookInvitationBody,
    toBody,
    fieldOf: agendaFieldOf,
    defaultValues: { channel: defaultChannel(channels) ?? '', slotId: '' },
    serverError: book.error,
  });
  const [chosenChannel, slotId] = useWatch({ control: form.control, name: ['channel', 'slotId'] });
  // the offer may change after a refresh: fall back to a channel still offered
  const channel = chosenChannel && channels.includes(chosenChannel) ? chosenChannel : defaultChannel(channels);
  const slots = channel ? invitation.slots.filter((s) => s.channels.includes(channel)) : [];

  useEffect(() => {
    if ((channel ?? '') !== chosenChannel) form.setValue('channel', channel ?? '');
    if (slotId && !slots.some((s) => s.id === slotId)) form.setValue('slotId', '');
  });

  const submit = (values: InvitationValues) => {
    if (book.isPending || !values.channel) return;
    book.mutate({ slotId: values.slotId, channel: values.channel }, { onError: onRefresh });
  };

  return (
    <FormShell form={form} messages={useAgendaFormMessages()} onValid={submit} className="agenda-form">
      {channels.length > 0 && <ChannelPickerField channels={channels} onChosen={() => form.setValue('slotId', '')} />}
      <SlotPickerField key={channel ?? 'none'} slots={slots} emptyMessage={t('agenda.invitation.noSlots')} />
      {book.isError && <AgendaProblemAlert error={book.error} />}
      {slots.length > 0 && (
        <button type="submit" className="btn btn-primary agenda-submit" aria-busy={book.isPending}>
          {book.isPending ? t('agenda.book.submitting') : t('agenda.book.submit')}
        </button>
      )}
    </FormShell>
  );
}
