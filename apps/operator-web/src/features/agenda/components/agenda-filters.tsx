import type { AppointmentChannel, OfficeResponse } from '@opencpi/contracts';
import { CheckboxField, SelectField, TextField } from '@opencpi/ui';
import { useTranslation } from 'react-i18next';
import { CHANNELS, isChannel, useAgendaLabels } from '../hooks/use-agenda-labels';

export type AgendaView = 'day' | 'week';

export interface AgendaFilterValues {
  officeId: string;
  view: AgendaView;
  /** YYYY-MM-DD, or what the date input holds while it is being typed */
  from: string;
  channel: AppointmentChannel | '';
  mine: boolean;
  showFree: boolean;
}

export interface AgendaFiltersProps {
  value: AgendaFilterValues;
  offices: readonly OfficeResponse[];
  onChange: (value: AgendaFilterValues) => void;
  /** shown under "Dal giorno" when it holds no valid date */
  dateError?: string;
}

/** Office, day or week, first day, channel, "only mine", "also free times": every change reloads the agenda. */
export function AgendaFilters({ value, offices, onChange, dateError }: AgendaFiltersProps) {
  const { t } = useTranslation('operator');
  const labels = useAgendaLabels();
  const set = <K extends keyof AgendaFilterValues>(key: K, v: AgendaFilterValues[K]) => onChange({ ...value, [key]: v });

  return (
    <form className="agenda-filters" aria-label={t('agenda.calendar.filters')} onSubmit={(e) => e.preventDefault()} noValidate>
      <div className="row">
        <div className="col-md-6 col-lg-3">
          <SelectField label={t('agenda.office')} value={value.officeId} onChange={(e) => set('officeId', e.target.value)}>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-2">
          <SelectField label={t('agenda.calendar.view')} value={value.view} onChange={(e) => set('view', e.target.value === 'day' ? 'day' : 'week')}>
            <option value="day">{t('agenda.calendar.views.day')}</option>
            <option value="week">{t('agenda.calendar.views.week')}</option>
          </SelectField>
        </div>
        <div className="col-md-6 col-lg-3">
          <TextField type="date" label={t('agenda.calendar.from')} value={value.from} error={dateError} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="col-md-6 col-lg-4">
          <SelectField label={t('agenda.calendar.channel')} value={value.channel} onChange={(e) => set('channel', isChannel(e.target.value) ? e.target.value : '')}>
            <option value="">{t('agenda.calendar.allChannels')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {labels.channel(c)}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <fieldset className="form-fieldset">
        <legend>{t('agenda.calendar.options')}</legend>
        <div className="d-flex flex-wrap gap-4">
          <CheckboxField label={t('agenda.calendar.mine')} checked={value.mine} onChange={(e) => set('mine', e.target.checked)} />
          <CheckboxField label={t('agenda.calendar.showFree')} checked={value.showFree} onChange={(e) => set('showFree', e.target.checked)} />
        </div>
      </fieldset>
    </form>
  );
}
