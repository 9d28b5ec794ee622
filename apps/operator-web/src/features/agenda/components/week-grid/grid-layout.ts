import type { AppointmentResponse, CalendarEntryResponse } from '@opencpi/contracts';
import { dateRange } from '../../dates';

/** Statuses that keep a seat taken (a cancellation, even a late one, frees it). */
const SEAT_TAKING = new Set(['booked', 'attended', 'absent', 'absent_justified']);

/** Seats of a slot still free. */
export const freeSeats = (e: CalendarEntryResponse) => Math.max(0, e.capacity - e.appointments.filter((a) => SEAT_TAKING.has(a.status)).length);

/** One block of the grid: an appointment, or a free time of a slot. */
export interface GridEvent {
  key: string;
  entry: CalendarEntryResponse;
  appointment?: AppointmentResponse;
  /** minutes from local midnight (Rome) */
  start: number;
  end: number;
}
/** The block with its lane among the blocks it overlaps (side by side). */
export interface PlacedEvent extends GridEvent {
  lane: number;
  lanes: number;
}
export interface GridColumn {
  key: string;
  /** the day (YYYY-MM-DD) of a week column, or the operator of a day column */
  date?: string;
  operatorName?: string;
  events: PlacedEvent[];
}

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const DEFAULT_MINUTES = 30;
const durationOf = (startsAt: string, endsAt: string | undefined) =>
  endsAt ? Math.max(15, Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000)) : DEFAULT_MINUTES;

/** A person's name or fiscal code contains the search (case-insensitive); an empty search matches all. */
export const matches = (a: AppointmentResponse, query: string) => {
  const q = query.trim().toLowerCase();
  return q === '' || (a.citizenName ?? '').toLowerCase().includes(q) || (a.citizenFiscalCode ?? '').toLowerCase().includes(q);
};

/** The blocks of the calendar: every appointment (matching the search) and, when asked, each slot's free time. */
export function eventsOf(items: readonly CalendarEntryResponse[], opts: { showFree: boolean; query: string }): GridEvent[] {
  return items.flatMap((entry) => {
    const start = minutesOf(entry.localTime);
    const fallbackEnd = start + durationOf(entry.startsAt, entry.endsAt);
    const appointments = entry.appointments
      .filter((a) => matches(a, opts.query))
      .map((a) => ({ key: a.id, entry, appointment: a, start, end: start + durationOf(a.startsAt, a.endsAt) }));
    const free = opts.showFree && opts.query.trim() === '' && freeSeats(entry) > 0 ? [{ key: `${entry.slotId}-free`, entry, start, end: fallbackEnd }] : [];
    return [...appointments, ...free];
  });
}

/** Lanes for overlapping blocks of one column (greedy, by start): blocks that overlap stand side by side. */
export function placeEvents(events: readonly GridEvent[]): PlacedEvent[] {
  const sorted = [...events].sort((a, b) => a.start - b.start || a.end - b.end || a.key.localeCompare(b.key));
  const placed: PlacedEvent[] = [];
  let cluster: PlacedEvent[] = [];
  let clusterEnd = -1;
  let laneEnds: number[] = [];
  const close = () => {
    for (const e of cluster) e.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const e of sorted) {
    if (e.start >= clusterEnd) close();
    let lane = laneEnds.findIndex((end) => end <= e.start);
    if (lane === -1) lane = laneEnds.push(e.end) - 1;
    else laneEnds[lane] = e.end;
    const p: PlacedEvent = { ...e, lane, lanes: 1 };
    cluster.push(p);
    placed.push(p);
    clusterEnd = Math.max(clusterEnd, e.end);
  }
  close();
  return placed;
}

/**
 * The columns: one per day of the week (days > 1), or, for one day, one per operator who has slots that day (the
 * office's double agenda side by side).
 */
export function columnsOf(events: readonly GridEvent[], from: string, days: number): GridColumn[] {
  if (days > 1) {
    return dateRange(from, days).map((date) => ({ key: date, date, events: placeEvents(events.filter((e) => e.entry.localDate === date)) }));
  }
  const operators = new Map<string, string>();
  for (const e of events) operators.set(e.entry.operatorId, e.entry.operatorName);
  const ordered = [...operators].sort((a, b) => a[1].localeCompare(b[1]));
  if (ordered.length === 0) return [{ key: from, date: from, events: [] }];
  return ordered.map(([id, name]) => ({ key: id, date: from, operatorName: name, events: placeEvents(events.filter((e) => e.entry.operatorId === id)) }));
}

/** The hours the grid shows: the office day (8–18) widened to whatever the blocks need. */
export function hourRange(events: readonly GridEvent[]): { first: number; last: number } {
  let first = 8;
  let last = 18;
  for (const e of events) {
    first = Math.min(first, Math.floor(e.start / 60));
    last = Math.max(last, Math.ceil(e.end / 60));
  }
  return { first, last };
}
