import { Transform } from 'class-transformer';
import { IsInt, Max, Min, type ValidationOptions } from 'class-validator';

/** The range of a PostgreSQL `integer` column: a larger id or count would make the database refuse the query. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

const DIGITS = /^-?\d{1,10}$/;
const toInt = (v: unknown): unknown => (typeof v === 'string' && DIGITS.test(v) ? Number(v) : v);

/**
 * Turns a decimal string (a query or path parameter, or a numeric form field) into a number; leaves every other
 * value as it is so that the validator refuses it. Unlike `@Type(() => Number)` it never turns `true` into 1,
 * `""` into 0 or `[7]` into 7.
 */
export function ToInt(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map(toInt) : toInt(value)));
}

export interface Int32Options {
  min?: number;
  max?: number;
  /** validate each item of an array */
  each?: boolean;
}

/**
 * An integer within the range of an `integer` column (or the narrower `min`..`max` given), from a JSON number or a
 * decimal string. Built from class-validator's own decorators so that the OpenAPI schema shows the bounds.
 */
export function IsInt32(opts: Int32Options = {}, validation: ValidationOptions = {}): PropertyDecorator {
  const each = opts.each ? { each: true } : {};
  const min = Math.max(opts.min ?? INT32_MIN, INT32_MIN);
  const max = Math.min(opts.max ?? INT32_MAX, INT32_MAX);
  return (target: object, key: string | symbol) => {
    ToInt()(target, key);
    IsInt({ ...validation, ...each })(target, key);
    Min(min, { ...validation, ...each })(target, key);
    Max(max, { ...validation, ...each })(target, key);
  };
}

/** The id of a row in a table keyed by `integer` (taxonomy skills and occupations): 1..2³¹−1. */
export const IsId = (opts: { each?: boolean } = {}, validation: ValidationOptions = {}): PropertyDecorator => IsInt32({ min: 1, ...opts }, validation);
