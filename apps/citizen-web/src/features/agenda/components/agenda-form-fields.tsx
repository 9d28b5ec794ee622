import type { AppointmentChannel } from '@opencpi/contracts';
import { useFieldError, type FieldMessages } from '@opencpi/ui';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ChannelPicker } from './channel-picker';
import { SlotPicker, type SlotPickerProps } from './slot-picker';

/** The agenda forms' own sentences: a slot (or a channel for it) to choose, a service to choose first. */
export function useAgendaFormMessages(): FieldMessages {
  const { t } = useTranslation('citizen');
  return (field, type) => {
    if (type === 'server') return undefined;
    if (field === 'slotId') return t('agenda.slots.required');
    if (field === 'serviceCode') return t('agenda.book.serviceRequired');
    return undefined;
  };
}

/** A body path of the booking DTOs → the form field: the channel is chosen with the slot, so its error shows there. */
export const agendaFieldOf = (path: string): string => (path === 'channel' ? 'slotId' : path);

/** The SlotPicker bound to the form's field `slotId` (its error: "Scegli un orario"). */
export function SlotPickerField(props: Omit<SlotPickerProps, 'value' | 'onChange' | 'fieldError' | 'ref'>) {
  const { field } = useController({ name: 'slotId' });
  const error = useFieldError('slotId');
  return <SlotPicker {...props} ref={field.ref} value={(field.value as string) || undefined} onChange={field.onChange} fieldError={error} />;
}

/** The ChannelPicker ("Modalità") bound to the form's field `channel`; choosing another channel empties `slotId`. */
export function ChannelPickerField({ channels, onChosen }: { channels: readonly string[]; onChosen: () => void }) {
  const { field } = useController({ name: 'channel' });
  return (
    <ChannelPicker
      channels={channels}
      value={(field.value as AppointmentChannel | '') || undefined}
      onChange={(next) => {
        field.onChange(next);
        onChosen();
      }}
    />
  );
}
