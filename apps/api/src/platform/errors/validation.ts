import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Strict DTO validation: unknown properties are refused, types are converted only where the DTO says so. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
