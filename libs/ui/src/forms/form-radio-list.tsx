import { useId, type ReactNode, type Ref } from 'react';
import { useController } from 'react-hook-form';
import { CheckboxField } from '../fields/checkbox-field';
import type { RadioOption } from '../fields/radio-group';
import { useFieldError } from './field-messages';

export interface FormRadioListProps {
  /** the field: the chosen option's value ('' for none) */
  name: string;
  legend: ReactNode;
  hint?: string;
  options: readonly RadioOption<string>[];
  /** shown instead of the options while there are none to show (loading, a failed read, none free) */
  placeholder?: ReactNode;
  /** the options are being read (again) */
  busy?: boolean;
  /** the fieldset (focusable: tabIndex -1), e.g. to focus it when the form opens */
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * A fieldset of radios bound to `name` whose options come from the network (free slots…): legend, hint, then the
 * options (or the placeholder) in a polite live region, then the error. Focus lands on the fieldset on a failed submit.
 */
export function FormRadioList({ name, legend, hint, options, placeholder, busy, ref }: FormRadioListProps) {
  const id = useId();
  const { field } = useController({ name });
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const setRef = (node: HTMLFieldSetElement | null) => {
    field.ref(node);
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };
  return (
    <fieldset ref={setRef} tabIndex={-1} className={['form-fieldset', error ? 'is-invalid' : ''].filter(Boolean).join(' ')} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      <div aria-live="polite" aria-busy={busy}>
        {placeholder ??
          options.map((option) => (
            <CheckboxField
              key={option.value}
              type="radio"
              name={`${id}-${name}`}
              value={option.value}
              checked={field.value === option.value}
              onChange={() => field.onChange(option.value)}
              onBlur={field.onBlur}
              label={option.label}
            />
          ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
