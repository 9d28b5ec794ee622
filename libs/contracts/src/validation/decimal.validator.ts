import { IsNumber, Max, Min, ValidateBy, type ValidationOptions } from 'class-validator';

/** True when `value` has at most `places` decimal places (works for 1e-7, where `toString()` has no dot). */
export function hasMaxDecimalPlaces(value: number, places: number): boolean {
  // the number written with `places` decimals reads back as the same double (JSON `1234.56` does, `1e-7` does not)
  return Number.isFinite(value) && Number(value.toFixed(places)) === value;
}

export interface DecimalOptions {
  min: number;
  max: number;
  maxDecimalPlaces: number;
}

/**
 * A JSON number between `min` and `max` with at most `maxDecimalPlaces` decimals (money: 2), for `numeric` columns.
 * class-validator's `IsNumber({ maxDecimalPlaces })` throws on numbers written with an exponent (1e-7), so the
 * decimal places are checked here; a string, a boolean or null is refused (no coercion).
 */
export function IsDecimal(opts: DecimalOptions, validation: ValidationOptions = {}): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    IsNumber({ allowNaN: false, allowInfinity: false }, validation)(target, key);
    Min(opts.min, validation)(target, key);
    Max(opts.max, validation)(target, key);
    ValidateBy(
      {
        name: 'maxDecimalPlaces',
        constraints: [opts.maxDecimalPlaces],
        validator: {
          validate: (value: unknown) => typeof value === 'number' && hasMaxDecimalPlaces(value, opts.maxDecimalPlaces),
          defaultMessage: (args) => `${args?.property ?? 'value'} must have at most ${opts.maxDecimalPlaces} decimal places`,
        },
      },
      validation,
    )(target, key);
  };
}
