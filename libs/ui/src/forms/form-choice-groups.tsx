import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { CheckboxField } from '../fields/checkbox-field';
import { RadioGroup, type RadioOption } from '../fields/radio-group';
import { useFieldError } from './field-messages';

export interface FormCheckboxGroupProps {
  /** the field: the list of the checked values */
  name: string;
  legend: ReactNode;
  hint?: string;
  options: readonly RadioOption<string>[];
  inline?: boolean;
  className?: string;
}

/** A fieldset of checkboxes whose field is the list of checked values (e.g. the licences a job needs). */
export function FormCheckboxGroup({ name, legend, hint, options, inline = true, className }: FormCheckboxGroupProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset
      className={['form-fieldset', error ? 'is-invalid' : '', className].filter(Boolean).join(' ')}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      tabIndex={-1}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
      <div className={inline ? 'choice-list choice-list--inline' : 'choice-list'}>
        {options.map((option) => (
          <CheckboxField key={option.value} label={option.label} value={option.value} {...register(name)} />
        ))}
      </div>
    </fieldset>
  );
}

export interface FormRadioGroupProps<T extends string> {
  name: string;
  legend: ReactNode;
  options: readonly RadioOption<T>[];
  inline?: boolean;
  className?: string;
}

/** A fieldset of radios (RadioGroup) bound to the field `name`. */
export function FormRadioGroup<T extends string>({ name, ...props }: FormRadioGroupProps<T>) {
  const { field } = useController({ name });
  const error = useFieldError(name);
  return <RadioGroup<T> {...props} ref={field.ref} value={field.value as T | undefined} onChange={field.onChange} error={error} />;
}

/**
 * The values checked in a FormCheckboxGroup. react-hook-form gives a list for two boxes or more, but for a group of one
 * box the box's value (or `false`): this always gives the list.
 */
export function checkedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}
