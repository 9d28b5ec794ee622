import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@opencpi/contracts';
import { DomainError } from './domain-error';

const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Flattens class-validator errors into RFC 6901 pointers: `/address/postalCode`, `/items/0/date`. */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const pointer = `${prefix}/${escapePointer(e.property)}`;
    for (const [constraint, detail] of Object.entries(e.constraints ?? {})) out.push({ pointer, detail, constraint });
    if (e.children?.length) out.push(...toFieldErrors(e.children, pointer));
  }
  return out;
}

const MAX_REPORTED = 20;
/**
 * The most values (strings, numbers, objects, arrays…) one request may carry. The largest legitimate body, 500 fiscal
 * codes of an invitation list (CreateInvitationsBody), has about 510; a whole profile about 320. Past this budget the
 * request is refused before class-transformer and class-validator walk it: 43,000 empty objects in a 128 KiB body
 * took 3.4 s of event loop there (and ended in a 500).
 */
export const MAX_VALUES = 2000;

interface Walk {
  out: FieldError[];
  values: number;
}

function walk(value: unknown, pointer: string, allowNull: boolean, w: Walk, depth: number): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) w.out.push({ pointer, detail: `${pointer.slice(1) || 'value'} must not contain the NUL character`, constraint: 'noNul' });
  } else if (value === null) {
    if (!allowNull) w.out.push({ pointer, detail: `${pointer.slice(1) || 'value'} must not be null: leave the field out instead`, constraint: 'notNull' });
  } else if (typeof value === 'object' && depth < 64) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (w.out.length >= MAX_REPORTED) return;
      if (++w.values > MAX_VALUES) {
        // named at the array or object that holds too many values, e.g. /channels
        w.out.push({ pointer, detail: `${pointer.slice(1) || 'the request'} carries more than ${MAX_VALUES} values`, constraint: 'maxValues' });
        return;
      }
      const child = `${pointer}/${escapePointer(k.replaceAll('\u0000', '\\u0000'))}`;
      if (k.includes('\u0000')) w.out.push({ pointer: child, detail: 'a property name must not contain the NUL character', constraint: 'noNul' });
      else walk(v, child, allowNull, w, depth + 1);
      if (w.values > MAX_VALUES) return;
    }
  }
}

/**
 * Values no route accepts, found before the DTO is transformed and validated: a NUL character in any string or
 * property name (PostgreSQL cannot store it in text), in a JSON body `null` (an optional field is left out, never
 * null: the DTO types say `field?: T`, and a null reached the database as the string "null"), and more than
 * MAX_VALUES values in all.
 */
export function forbiddenValues(value: unknown, pointer: string, allowNull: boolean): FieldError[] {
  const w: Walk = { out: [], values: 0 };
  walk(value, pointer, allowNull, w, 0);
  return w.out;
}

/** Strict DTO validation for every route; see forbiddenValues for the checks made before the DTO's own. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const found = forbiddenValues(value, metadata.data ? `/${escapePointer(metadata.data)}` : '', metadata.type !== 'body');
      if (found.length > 0) {
        const names = [...new Set(found.map((f) => f.pointer.slice(1)))].join(', ');
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid value for: ${names}`, found);
      }
    }
    return super.transform(value, metadata);
  }
}

/**
 * Strict DTO validation: unknown properties are refused, NUL characters and nulls are refused (above), types are
 * converted only where the DTO says so (`ToInt` for numbers in the query and the path; no implicit conversion).
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = toFieldErrors(errors);
      const names = [...new Set(fieldErrors.map((f) => f.pointer.slice(1)))].join(', ');
      return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid value for: ${names}`, fieldErrors);
    },
  });
}
