import { addDays, todayInRome } from '../agenda/dates';

/** The Rome calendar day (YYYY-MM-DD) of a date or an instant: "2026-03-01" stays, "2026-03-01T23:30:00Z" is 2 March. */
export function romeDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso.slice(0, 10) : todayInRome(date);
}

/** Today in Italy plus `days` (the due date of a template's action), YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  return addDays(todayInRome(), days);
}
