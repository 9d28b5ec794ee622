import { addDays, romeParts, romeToInstant } from '../../../platform/time/rome-time';

/** The legal parameter (condizionalita.legal_parameters) the window of a breach is computed from. */
export const windowParameterOf = (breachCode: string): string => (breachCode === 'missed_appointment' ? 'justification_window_days' : 'justification_window_days_other');

/**
 * The last day (Rome, inclusive) to justify a breach that happened on `occurredOn`: "by the appointment date and no
 * later than the day after" (nota 39/0003374 of 4/3/2016) is `days = 1` calendar days after it.
 */
export function justificationDeadline(occurredOn: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new Error(`justification window of ${days} days`);
  return addDays(occurredOn, days);
}

/** The first instant after the window: midnight in Rome at the end of the last day (DST-correct). */
export function windowClosesAt(deadline: string): Date {
  const next = romeToInstant(addDays(deadline, 1), '00:00');
  if (!next) throw new Error(`no Rome midnight after ${deadline}`);
  return next;
}

/** Is the window still open at `now` (today in Rome on or before the last day)? */
export const windowOpenAt = (deadline: string, now: Date): boolean => romeParts(now).date <= deadline;
