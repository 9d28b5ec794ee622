import { useId, type InputHTMLAttributes, type Ref } from 'react';

export interface FileFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'onChange' | 'value'> {
  label: string;
  hint?: string;
  error?: string;
  id?: string;
  /** the chosen file, or undefined when the choice is cleared */
  onFileChange: (file: File | undefined) => void;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled native file input (keyboard and screen-reader friendly), with hint and error like TextField. */
export function FileField({ label, hint, error, id, className, onFileChange, ref, ...input }: FileFieldProps) {
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
        onChange={(e) => onFileChange(e.target.files?.[0] ?? undefined)}
        {...input}
      />
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
