import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/**
 * The checks of a form that span fields (an end after its start, a date range), which a DTO's decorators cannot
 * express: for each failing field (top-level name), the error's type (e.g. `after`). Empty when all is well.
 */
export type CrossCheck<TValues> = (values: TValues) => Partial<Record<string, string>>;

/**
 * `resolver` (the DTO's) plus `check`: a field keeps the DTO's error when it has one, else gets the cross-field one,
 * so that all the errors of a submit show at once, like the DTO's own.
 */
export function withCrossChecks<TValues extends FieldValues>(resolver: Resolver<TValues>, check?: CrossCheck<TValues>): Resolver<TValues> {
  if (!check) return resolver;
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const extra = Object.entries(check(values)).filter((entry): entry is [string, string] => !!entry[1] && !(entry[0] in result.errors));
    if (extra.length === 0) return result;
    const errors: Record<string, unknown> = { ...result.errors };
    for (const [name, type] of extra) errors[name] = { type, message: '' };
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}
