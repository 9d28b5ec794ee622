import { classValidatorResolver } from '@hookform/resolvers/class-validator';
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

type ClassOf<T> = new (...args: never[]) => T;

/** A body path of the DTO (`occupationId`, `skills.0.weight`) → the form field that shows its error (`occupation`). */
export type FieldOf = (bodyPath: string) => string;

const identity: FieldOf = (path) => path;

/** Moves each error of `errors` (keyed by the DTO's property paths) to the form field that shows it. */
export function remapErrors(errors: FieldErrors, fieldOf: FieldOf, prefix = ''): Record<string, { type: string; message: string }> {
  const flat: Record<string, { type: string; message: string }> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ('type' in value && typeof value.type === 'string') {
      flat[fieldOf(path)] = { type: value.type, message: String(value.message ?? '') };
    } else {
      Object.assign(flat, remapErrors(value as FieldErrors, fieldOf, path));
    }
  }
  return flat;
}

/** `{ 'skills.0.weight': e }` → `{ skills: [ { weight: e } ] }`, the shape react-hook-form reads errors in. */
function nest(flat: Record<string, { type: string; message: string }>): FieldErrors {
  const root: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = error;
      else node = (node[part] ??= /^\d+$/.test(parts[i + 1] ?? '') ? [] : {}) as Record<string, unknown>;
    });
  }
  return root as FieldErrors;
}

/**
 * react-hook-form's resolver on a shared request DTO of @opencpi/contracts: the form's values become the request body
 * (`toBody`), class-validator checks it with the same decorators the API runs, and each failed constraint lands on
 * the field that shows it (`fieldOf`). The limits are written once, in the DTO. The error's `type` is the
 * constraint's name (`isLength`, `max`…): fields turn it into a sentence of the catalogue (see useFieldError).
 */
export function dtoResolver<TValues extends FieldValues, TBody extends object>(
  dto: ClassOf<TBody>,
  toBody: (values: TValues) => unknown,
  fieldOf: FieldOf = identity,
): Resolver<TValues> {
  const validate = classValidatorResolver(dto as never, { validator: { forbidUnknownValues: false } }, { mode: 'sync', raw: true });
  const resolver = async (values: TValues, context: unknown, options: unknown) => {
    const result = await validate(toBody(values) as never, context, options as never);
    const errors = remapErrors(result.errors as FieldErrors, fieldOf);
    if (Object.keys(errors).length > 0) return { values: {}, errors: nest(errors) };
    return { values, errors: {} };
  };
  return resolver as unknown as Resolver<TValues>;
}
