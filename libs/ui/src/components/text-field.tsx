import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** help text under the label, linked with aria-describedby */
  hint?: string;
  /** the error shown under the input (from problem+json `errors[]` or a client check) */
  error?: string;
  id?: string;
  /** rendered right of the input on the same line, e.g. the submit button of a one-field search form */
  addon?: ReactNode;
}

/** A labelled text input in Bootstrap Italia style, with hint and error wired for screen readers. */
export function TextField({ label, hint, error, id, className, addon, ...input }: TextFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['text-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="text-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      <div className={addon ? 'text-field__control text-field__control--addon' : 'text-field__control'}>
        <input
          id={inputId}
          type="text"
          className={['form-control', 'text-field__input', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
        {addon}
      </div>
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
