import { useId, type ReactNode, type Ref } from 'react';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroupProps<T extends string> {
  /** the question, as the fieldset's legend */
  legend: ReactNode;
  options: readonly RadioOption<T>[];
  /** undefined: nothing chosen yet */
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  /** e.g. side by side for short answers; default one per line */
  inline?: boolean;
  className?: string;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * A `<fieldset>` with its `<legend>` and one Bootstrap Italia radio per option. Focusable (tabIndex -1) so that a
 * form can move focus to it when nothing was chosen; the error is tied to the group with aria-describedby.
 */
export function RadioGroup<T extends string>({ legend, options, value, onChange, error, inline = false, className, ref }: RadioGroupProps<T>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset ref={ref} className={['form-fieldset', error ? 'is-invalid' : '', className].filter(Boolean).join(' ')} aria-describedby={errorId} tabIndex={-1}>
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
      <div className={inline ? 'choice-list choice-list--inline' : 'choice-list'}>
        {options.map((option) => (
          <div className="form-check choice-field" key={option.value}>
            <input type="radio" id={`${id}-${option.value}`} name={id} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
