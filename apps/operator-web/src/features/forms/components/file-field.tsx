import { forwardRef, useId, type InputHTMLAttributes } from 'react';

export interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value' | 'onChange'> {
  label: string;
  /** help text under the label, linked with aria-describedby */
  hint?: string;
  /** the error shown under the input (from problem+json `errors[]` or a client check) */
  error?: string;
  id?: string;
  /** the chosen file, or undefined when the choice is cleared */
  onFile: (file: File | undefined) => void;
}

/** A labelled native file input, laid out and wired for screen readers like TextField (label, hint, error). */
export const FileField = forwardRef<HTMLInputElement, FileFieldProps>(function FileField(
  { label, hint, error, id, className, onFile, ...input },
  ref,
) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['text-field', 'file-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="text-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={inputId}
        type="file"
        className={['form-control', 'text-field__input', 'file-field__input', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onFile(e.target.files?.[0] ?? undefined)}
        {...input}
      />
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
});
