import type { AppointmentResponse, AttendanceOutcome, CalendarResponse } from '@opencpi/contracts';
import './week-grid.css';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLongDate } from '../../hooks/use-long-date';
import { GridEvent } from './grid-event';
import { columnsOf, eventsOf, hourRange } from './grid-layout';

/** Pixels per minute: half an hour is tall enough for the time, the channel, the name and the menu. */
export const GRID_SCALE = 1.8;

export interface AgendaWeekGridProps {
  calendar: CalendarResponse;
  from: string;
  days: number;
  showFree: boolean;
  /** the search: only the appointments of matching people */
  query: string;
  busy: boolean;
  now: number;
  onAttendance: (a: AppointmentResponse, outcome: AttendanceOutcome) => void;
  onCancel: (a: AppointmentResponse) => void;
  onMove: (a: AppointmentResponse, slotId: string) => void;
}

/**
 * The calendar grid: time as rows (one line per hour), and as columns the days of the week, or, for one day, the
 * office's operators side by side. Each column is a section with its heading and a list of its blocks in time order
 * (what a screen reader follows); the blocks are placed by their time.
 */
export function AgendaWeekGrid({ calendar, from, days, showFree, query, busy, now, onAttendance, onCancel, onMove }: AgendaWeekGridProps) {
  const { t } = useTranslation('operator');
  const longDate = useLongDate();
  const events = eventsOf(calendar.items, { showFree, query });
  const columns = columnsOf(events, from, days);
  const { first, last } = hourRange(events);
  const origin = first * 60;
  const height = (last - first) * 60 * GRID_SCALE;
  const hours = Array.from({ length: last - first }, (_, i) => first + i);
  const style = { '--grid-columns': columns.length, '--grid-hour': `${60 * GRID_SCALE}px` } as CSSProperties;

  return (
    <>
      <p role="status" className={query.trim() && events.length === 0 ? 'alert alert-info' : 'visually-hidden'}>
        {query.trim() && events.length === 0 ? t('agendaGrid.search.none') : ''}
      </p>
      <div className="week-grid" style={style}>
        <p className="visually-hidden">{days > 1 ? t('agendaGrid.dayColumns') : t('agendaGrid.operatorColumns')}</p>
        <div className="week-grid__axis" aria-hidden="true">
          <div className="week-grid__corner" />
          <div className="week-grid__hours" style={{ height }}>
            {hours.map((h) => (
              <span key={h} className="week-grid__hour" style={{ top: (h - first) * 60 * GRID_SCALE }}>
                {`${String(h).padStart(2, '0')}:00`}
              </span>
            ))}
          </div>
        </div>
        {columns.map((c) => {
          const headingId = `grid-col-${c.key}`;
          const title = c.operatorName ?? (c.date ? longDate(c.date) : '');
          return (
            <section key={c.key} className="week-grid__column" aria-labelledby={headingId} data-date={c.date}>
              <h2 id={headingId} className="week-grid__title">
                {title}
                {c.operatorName && c.date && <span className="visually-hidden">, {longDate(c.date)}</span>}
              </h2>
              {c.events.length === 0 ? (
                <div className="week-grid__body" style={{ height }}>
                  <p className="week-grid__empty">{t('agendaGrid.empty')}</p>
                </div>
              ) : (
                <ol className="week-grid__body" style={{ height }}>
                  {c.events.map((e) => (
                    <GridEvent
                      key={e.key}
                      event={e}
                      origin={origin}
                      scale={GRID_SCALE}
                      withOperator={days > 1}
                      busy={busy}
                      now={now}
                      onAttendance={onAttendance}
                      onCancel={onCancel}
                      onMove={onMove}
                    />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
