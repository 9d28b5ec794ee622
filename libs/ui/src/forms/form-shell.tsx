import { useMemo, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldValues, type SubmitHandler, type UseFormReturn } from 'react-hook-form';
import { withCrossChecks, type CrossCheck } from './cross-checks';
import { dtoResolver, type FieldOf } from './dto-resolver';
import { FieldMessagesContext, type FieldMessages } from './field-messages';
import { focusFirstInvalid } from './focus-first-invalid';
import { useServerErrors } from './server-errors';

type ClassOf<T> = new (...args: never[]) => T;

/** react-hook-form on a shared DTO (dtoResolver), with the server's field errors of `serverError` set on the fields. */
export function useDtoForm<TValues extends FieldValues, TBody extends object>(options: {
  dto: ClassOf<TBody>;
  toBody: (values: TValues) => unknown;
  defaultValues: DefaultValues<TValues>;
  /** the last request's error (problem+json field errors land on the fields) */
  serverError: unknown;
  fieldOf?: FieldOf;
  /** checks across fields that the DTO cannot express (keep it stable: a module-level function) */
  check?: CrossCheck<TValues>;
}): UseFormReturn<TValues> {
  const { dto, toBody, fieldOf, check } = options;
  const resolver = useMemo(() => withCrossChecks(dtoResolver<TValues, TBody>(dto, toBody, fieldOf), check), [dto, toBody, fieldOf, check]);
  const form = useForm<TValues>({ resolver, defaultValues: options.defaultValues });
  useServerErrors(form, options.serverError, fieldOf);
  return form;
}

export interface FormShellProps<TValues extends FieldValues> extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  form: UseFormReturn<TValues>;
  onValid: SubmitHandler<TValues>;
  /** the form's own error sentences (else the generic ones) */
  messages?: FieldMessages;
  children: ReactNode;
}

/**
 * The `<form>` of a react-hook-form form: provides the form to the fields (FormProvider) and its error sentences,
 * never lets the browser validate (`noValidate`: the DTO's limits speak, in the catalogue's words), and after a
 * refused submit moves the focus to the first invalid field.
 */
export function FormShell<TValues extends FieldValues>({ form, onValid, messages, children, ...props }: FormShellProps<TValues>) {
  const ref = useRef<HTMLFormElement>(null);
  const submit = form.handleSubmit(onValid, () => focusFirstInvalid(ref.current));
  const shell = (
    <FormProvider {...form}>
      <form ref={ref} {...props} onSubmit={(e) => void submit(e)} noValidate>
        {children}
      </form>
    </FormProvider>
  );
  return messages ? <FieldMessagesContext value={messages}>{shell}</FieldMessagesContext> : shell;
}
