import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
  type?: 'checkbox' | 'radio';
  id?: string;
  ref?: Ref<HTMLInputElement>;
  /** the error shown under the box (from problem+json `errors[]` or a client check) */
  error?: string;
}

/** A Bootstrap Italia checkbox or radio button with its label (put groups in a RadioGroup / fieldset with a legend). */
export function CheckboxField({ label, type = 'checkbox', id, className, error, ...input }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={['form-check', 'choice-field', className].filter(Boolean).join(' ')}>
      <input id={inputId} type={type} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...input} />
      <label htmlFor={inputId}>{label}</label>
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
