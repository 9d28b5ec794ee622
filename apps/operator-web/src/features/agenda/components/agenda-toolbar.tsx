import { TextField } from '@opencpi/ui';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../dates';
import { useLongDate } from '../hooks/use-long-date';
import { ChannelLegend } from './week-grid/channel-legend';

export interface AgendaToolbarProps {
  view: 'day' | 'week';
  from: string;
  days: number;
  query: string;
  searchRef: Ref<HTMLInputElement>;
  onQuery: (q: string) => void;
  onPrevious: () => void;
  onNext: () => void;
  onToday: () => void;
}

/**
 * Above the grid: previous / today / next (day or week), the period shown, the search of a person, the channel legend
 * and the "Scorciatoie da tastiera" help (always visible).
 */
export function AgendaToolbar({ view, from, days, query, searchRef, onQuery, onPrevious, onNext, onToday }: AgendaToolbarProps) {
  const { t } = useTranslation('operator');
  const longDate = useLongDate();
  const period = days > 1 ? t('agendaGrid.nav.week', { from: longDate(from), to: longDate(addDays(from, days - 1)) }) : longDate(from);
  return (
    <div className="agenda-toolbar">
      <div className="agenda-toolbar__nav" role="group" aria-label={t('agendaGrid.nav.label')}>
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={onPrevious}>
          <span aria-hidden="true">← </span>
          {view === 'week' ? t('agendaGrid.nav.prevWeek') : t('agendaGrid.nav.prevDay')}
        </button>
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={onToday}>
          {t('agendaGrid.nav.today')}
        </button>
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={onNext}>
          {view === 'week' ? t('agendaGrid.nav.nextWeek') : t('agendaGrid.nav.nextDay')}
          <span aria-hidden="true"> →</span>
        </button>
        <p className="agenda-toolbar__period mb-0" aria-live="polite">
          {period}
        </p>
      </div>
      <div className="agenda-toolbar__search">
        <TextField ref={searchRef} type="search" label={t('agendaGrid.search.label')} hint={t('agendaGrid.search.hint')} value={query} onChange={(e) => onQuery(e.target.value)} />
      </div>
      <ChannelLegend />
      <section className="agenda-shortcuts" aria-labelledby="agenda-shortcuts-title">
        <h2 id="agenda-shortcuts-title" className="agenda-shortcuts__title">
          {t('agendaGrid.shortcuts.title')}
        </h2>
        <dl className="agenda-shortcuts__list">
          <dt>
            <kbd>/</kbd>
          </dt>
          <dd>{t('agendaGrid.shortcuts.search')}</dd>
          <dt>
            <kbd>←</kbd> <kbd>→</kbd>
          </dt>
          <dd>{t('agendaGrid.shortcuts.prevNext')}</dd>
          <dt>
            <kbd>t</kbd>
          </dt>
          <dd>{t('agendaGrid.shortcuts.today')}</dd>
        </dl>
        <p className="small mb-0">{t('agendaGrid.shortcuts.note')}</p>
      </section>
    </div>
  );
}
