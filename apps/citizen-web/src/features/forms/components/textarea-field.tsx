import { useId, type Ref, type TextareaHTMLAttributes } from 'react';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  /** help text under the label, linked with aria-describedby */
  hint?: string;
  /** the error shown under the text area (from problem+json `errors[]` or a client check) */
  error?: string;
  id?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled `<textarea>`, laid out and wired for screen readers like TextField (label, hint, error). */
export function TextareaField({ label, hint, error, id, className, rows = 4, ref, ...textarea }: TextareaFieldProps) {
  const generated = useId();
  const textareaId = id ?? generated;
  const hintId = hint ? `${textareaId}-hint` : undefined;
  const errorId = error ? `${textareaId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['text-field', 'textarea-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={textareaId} className="text-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      <textarea
        ref={ref}
        id={textareaId}
        rows={rows}
        className={['form-control', 'text-field__input', 'textarea-field__input', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
      {error && (
        <p id={errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
