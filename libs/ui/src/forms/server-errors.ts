import { ApiProblem, pointerToField } from '@opencpi/api-client';
import { useEffect } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { FieldOf } from './dto-resolver';

/**
 * The field errors of a failed request (problem+json `errors[]`, by JSON pointer: `/title`, `/skills/0/weight`) set
 * on the form's fields, so that each shows next to its field like a client-side check. The error's `type` is the
 * failed constraint (`isLength`…), or `server` when the API named none. Runs again for each new error.
 */
export function useServerErrors<T extends FieldValues>(form: UseFormReturn<T>, error: unknown, fieldOf: FieldOf = (p) => p): void {
  const { setError } = form;
  useEffect(() => {
    if (!(error instanceof ApiProblem)) return;
    for (const fieldError of error.errors) {
      const name = fieldOf(pointerToField(fieldError.pointer)) as Path<T>;
      if (name) setError(name, { type: fieldError.constraint ?? 'server', message: error.code });
    }
  }, [error, setError, fieldOf]);
}
