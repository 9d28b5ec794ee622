import type { SlotResponse } from '@opencpi/contracts';
import { Loading } from '@opencpi/ui';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgendaLabels } from '../agenda-labels';
import { AgendaProblemAlert } from './agenda-problem-alert';

/** Days shown at first, and added by each "Mostra altri giorni". */
const DAYS_PER_PAGE = 5;

export interface SlotPickerProps {
  /** the free slots to choose from (any order: they are shown soonest first, grouped by day) */
  slots: readonly SlotResponse[] | undefined;
  isLoading?: boolean;
  /** the search for slots failed */
  error?: unknown;
  onRetry?: () => void;
  /** shown instead of the slots while the search cannot be made yet (e.g. no service chosen) */
  notReady?: string;
  /** the message when there is no free slot (default: try another office or channel, or ask for help) */
  emptyMessage?: string;
  /** the chosen slot id */
  value: string | undefined;
  onChange: (slotId: string) => void;
  /** "Scegli un orario" after submitting without a choice */
  fieldError?: string;
  /** level of the legend's heading; each day is one level below (default h2, days h3) */
  headingLevel?: 2 | 3;
  /** the fieldset, e.g. to move focus to it when no slot was chosen */
  ref?: Ref<HTMLFieldSetElement>;
}

interface Day {
  localDate: string;
  slots: SlotResponse[];
}

/** Soonest first, one entry per day, and one slot per time of day (two operators free at 09:00 are one choice). */
function groupByDay(slots: readonly SlotResponse[]): Day[] {
  const days = new Map<string, Day>();
  const sorted = [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const slot of sorted) {
    let day = days.get(slot.localDate);
    if (!day) {
      day = { localDate: slot.localDate, slots: [] };
      days.set(slot.localDate, day);
    }
    if (!day.slots.some((s) => s.localTime === slot.localTime)) day.slots.push(slot);
  }
  return [...days.values()];
}

/**
 * Fieldset "Scegli giorno e orario": the free slots grouped by day (a heading per day, "lunedì 30 novembre 2026"),
 * each slot a radio labelled with its time ("09:00"). The first 5 days, then "Mostra altri giorni".
 * Used to book, to reschedule and by invitation links. Give it a `key` per search so that it starts again at 5 days.
 */
export function SlotPicker({ slots, isLoading = false, error, onRetry, notReady, emptyMessage, value, onChange, fieldError, headingLevel = 2, ref }: SlotPickerProps) {
  const { t } = useTranslation('citizen');
  const labels = useAgendaLabels();
  const id = useId();
  const errorId = fieldError ? `${id}-error` : undefined;
  const [visibleDays, setVisibleDays] = useState(DAYS_PER_PAGE);
  const dayHeadings = useRef(new Map<number, HTMLHeadingElement>());
  const focusDay = useRef<number | undefined>(undefined);

  // after "Mostra altri giorni", focus goes to the first day just shown
  useEffect(() => {
    if (focusDay.current === undefined) return;
    dayHeadings.current.get(focusDay.current)?.focus();
    focusDay.current = undefined;
  }, [visibleDays]);

  const Legend = `h${headingLevel}` as const;
  const DayHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  const days = slots ? groupByDay(slots) : [];

  let content;
  if (notReady) {
    content = <p className="mb-0">{notReady}</p>;
  } else if (isLoading) {
    content = <Loading label={t('agenda.slots.loading')} />;
  } else if (error) {
    content = <AgendaProblemAlert error={error} onRetry={onRetry} />;
  } else if (days.length === 0) {
    content = (
      <>
        <p>{emptyMessage ?? t('agenda.slots.empty')}</p>
        <p className="mb-0">
          <Link to="/aiuto">{t('agenda.slots.helpLink')}</Link>
        </p>
      </>
    );
  } else {
    content = (
      <>
        {days.slice(0, visibleDays).map((day, index) => {
          const headingId = `${id}-day-${index}`;
          return (
            <div role="group" aria-labelledby={headingId} className="slot-picker__day" key={day.localDate}>
              <DayHeading
                id={headingId}
                className="h5 slot-picker__day-title"
                tabIndex={-1}
                ref={(el) => {
                  if (el) dayHeadings.current.set(index, el);
                  else dayHeadings.current.delete(index);
                }}
              >
                {labels.day(day.localDate)}
              </DayHeading>
              <div className="agenda-radios slot-picker__times">
                {day.slots.map((slot) => (
                  <div className="form-check" key={slot.id}>
                    <input type="radio" id={`${id}-slot-${slot.id}`} name={`${id}-slot`} value={slot.id} checked={value === slot.id} onChange={() => onChange(slot.id)} />
                    <label htmlFor={`${id}-slot-${slot.id}`}>{slot.localTime}</label>
                  </div>
                ))}
              </div>
            </div>
          );
        })}
        {days.length > visibleDays && (
          <button
            type="button"
            className="btn btn-outline-primary slot-picker__more"
            onClick={() => {
              focusDay.current = visibleDays;
              setVisibleDays((n) => n + DAYS_PER_PAGE);
            }}
          >
            {t('agenda.slots.more')}
          </button>
        )}
      </>
    );
  }

  return (
    <fieldset ref={ref} className={fieldError ? 'agenda-fieldset slot-picker is-invalid' : 'agenda-fieldset slot-picker'} aria-describedby={errorId} tabIndex={-1}>
      <legend className="agenda-fieldset__legend">
        <Legend className="h4 mb-0">{t('agenda.slots.legend')}</Legend>
      </legend>
      {fieldError && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {fieldError}
        </p>
      )}
      {content}
    </fieldset>
  );
}
