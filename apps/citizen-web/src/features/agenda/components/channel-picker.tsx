import type { AppointmentChannel } from '@opencpi/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNELS, useAgendaLabels } from '../agenda-labels';

export interface ChannelPickerProps {
  /** the channels on offer, in any order (shown in person, video, phone) */
  channels: readonly string[];
  value: AppointmentChannel | undefined;
  onChange: (channel: AppointmentChannel) => void;
}

/** Fieldset "Modalità" with one radio per channel on offer: "In presenza", "Videochiamata", "Telefono". */
export function ChannelPicker({ channels, value, onChange }: ChannelPickerProps) {
  const { t } = useTranslation('citizen');
  const labels = useAgendaLabels();
  const name = useId();
  const offered = CHANNELS.filter((c) => channels.includes(c));
  return (
    <fieldset className="agenda-fieldset">
      <legend className="agenda-fieldset__legend">{t('agenda.channelPicker.legend')}</legend>
      <div className="agenda-radios">
        {offered.map((channel) => (
          <div className="form-check" key={channel}>
            <input type="radio" id={`${name}-${channel}`} name={name} value={channel} checked={value === channel} onChange={() => onChange(channel)} />
            <label htmlFor={`${name}-${channel}`}>{labels.channel(channel)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The channel to preselect: in person when on offer, otherwise the first one. */
export function defaultChannel(channels: readonly string[]): AppointmentChannel | undefined {
  return CHANNELS.find((c) => c === 'in_person' && channels.includes(c)) ?? CHANNELS.find((c) => channels.includes(c));
}
