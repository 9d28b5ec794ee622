import type { AppointmentChannel } from '@opencpi/contracts';
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../hooks/use-agenda-labels';

const GLYPH: Record<AppointmentChannel, string> = { in_person: '●', video: '▶', phone: '☎' };

/** The channel's mark (decorative: the word beside it says the same). */
export function ChannelIcon({ channel }: { channel: AppointmentChannel }) {
  return (
    <span className={`channel-icon channel-icon--${channel}`} aria-hidden="true">
      {GLYPH[channel]}
    </span>
  );
}

/** "Legenda dei canali": each channel's colour, mark and name (the colour is never the only cue). */
export function ChannelLegend() {
  const { t } = useTranslation('operator');
  return (
    <div className="channel-legend">
      <p className="channel-legend__title mb-0" id="channel-legend-title">
        {t('agendaGrid.legend.title')}
      </p>
      <ul className="channel-legend__list" aria-labelledby="channel-legend-title">
        {CHANNELS.map((c) => (
          <li key={c} className={`channel-legend__item grid-event--${c}`}>
            <ChannelIcon channel={c} /> {t(`agendaGrid.legend.${c}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
