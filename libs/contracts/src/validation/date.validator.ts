import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** RFC 3339 §5.6 `date-time`: full date, `T`, full time with seconds, optional fraction, `Z` or a numeric offset. */
export const RFC3339_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A day that exists in the calendar: `2027-02-29` and `2027-02-30` do not. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return isCalendarDate(y, m, d);
}

/** An RFC 3339 date-time whose date exists and whose time and offset are in range (no leap second: `:60` is refused). */
export function isRfc3339DateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = RFC3339_DATE_TIME_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const [oh, om] = [Number(m[7] ?? 0), Number(m[8] ?? 0)];
  return isCalendarDate(y, mo, d) && h <= 23 && mi <= 59 && s <= 59 && oh <= 23 && om <= 59;
}

/** Today in Rome as `YYYY-MM-DD` (the calendar the CPI and its users live in). */
export function romeToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A date `YYYY-MM-DD` that exists in the calendar (`2027-02-30` is refused, not moved to 2 March). The pattern is kept
 * as a separate `Matches` so that the OpenAPI schema shows it; `isIsoDate` adds the calendar check.
 */
export function IsIsoDate(validation: ValidationOptions = {}): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    Matches(ISO_DATE_PATTERN, { message: ({ property }) => `${property} must be a date YYYY-MM-DD`, ...validation })(target, key);
    ValidateBy(
      {
        name: 'isIsoDate',
        validator: { validate: isIsoDate, defaultMessage: (args) => `${args?.property ?? 'value'} must be an existing date YYYY-MM-DD` },
      },
      validation,
    )(target, key);
  };
}

/** An RFC 3339 date-time such as `2027-03-01T10:00:00+01:00` (a bare `2027` or `2027-02-30T10:00:00Z` is refused). */
export function IsRfc3339DateTime(validation: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRfc3339DateTime',
      validator: {
        validate: isRfc3339DateTime,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an RFC 3339 date-time, e.g. 2027-03-01T10:00:00+01:00`,
      },
    },
    validation,
  );
}

/** A date `YYYY-MM-DD` that is today or later in Rome (use after `IsIsoDate`). */
export function IsNotPastDate(validation: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotPastDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value >= romeToday(),
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be in the past`,
      },
    },
    validation,
  );
}
