import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import type { CrossCheck } from './cross-checks';
import type { FieldOf } from './dto-resolver';
import { useDtoForm } from './form-shell';

type ClassOf<T> = new (...args: never[]) => T;

export interface MutationFormOptions<TValues extends FieldValues, TBody extends object, TSaved, TVariables> {
  dto: ClassOf<TBody>;
  toBody: (values: TValues) => TVariables;
  /** the starting values, and (unless `reset` says otherwise) the values after a save; a function is called each time */
  defaults: TValues | (() => TValues);
  /** the request: its error's field errors land on the fields, `ProblemAlert` shows the rest */
  mutation: UseMutationResult<TSaved, unknown, TVariables, unknown>;
  /** checks across fields that the DTO cannot express (keep it stable: a module-level function) */
  check?: CrossCheck<TValues>;
  fieldOf?: FieldOf;
  /** what else to do once saved (awaited before the reset and `done`), e.g. upload a file of the new record, tell the page */
  onSaved?: (saved: TSaved, values: TValues) => void | Promise<void>;
  /** after a save: `false` keeps the values as they are, a function gives the values to start again with (else the defaults) */
  reset?: false | ((values: TValues) => TValues);
}

export interface MutationForm<TValues extends FieldValues> {
  form: UseFormReturn<TValues>;
  /** the last submit was saved (for the "done" status message); false again when the next submit starts */
  done: boolean;
  /** FormShell's `onValid`: ignored while the request is pending; a refused request leaves the values for a retry */
  submit: (values: TValues) => Promise<void>;
}

const valuesOf = <TValues>(defaults: TValues | (() => TValues)): TValues => (typeof defaults === 'function' ? (defaults as () => TValues)() : defaults);

/**
 * A `useDtoForm` form that saves through one react-query mutation: submit once at a time, send `toBody(values)`, and
 * when saved run `onSaved`, reset the form (to the defaults) and say `done`. The request's error stays on the mutation
 * (`mutation.error` for the fields and the ProblemAlert).
 */
export function useMutationForm<TValues extends FieldValues, TBody extends object, TSaved, TVariables>(
  options: MutationFormOptions<TValues, TBody, TSaved, TVariables>,
): MutationForm<TValues> {
  const { dto, toBody, defaults, mutation, check, fieldOf, onSaved, reset } = options;
  const form = useDtoForm<TValues, TBody>({ dto, toBody, defaultValues: valuesOf(defaults) as DefaultValues<TValues>, serverError: mutation.error, check, fieldOf });
  const [done, setDone] = useState(false);
  const submit = async (values: TValues) => {
    if (mutation.isPending) return;
    setDone(false);
    const saved = await mutation.mutateAsync(toBody(values)).catch(() => undefined);
    if (!saved) return;
    await onSaved?.(saved, values);
    if (reset !== false) form.reset(reset ? reset(values) : valuesOf(defaults));
    setDone(true);
  };
  return { form, done, submit };
}
