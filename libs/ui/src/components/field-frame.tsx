import { useId, type ReactNode } from 'react';

/** The ids of a field: its control, its hint and error (when shown), and the control's aria-describedby. */
export function useFieldIds(id: string | undefined, hint: string | undefined, error: string | undefined) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { inputId, hintId, errorId, describedBy };
}

/** The classes of a field's control: Bootstrap Italia's, and `is-invalid` while it has an error. */
export const controlClass = (error: string | undefined, ...classes: string[]): string =>
  ['form-control', 'text-field__input', ...classes, error ? 'is-invalid' : ''].filter(Boolean).join(' ');

/**
 * What every field of this library draws around its control: the label above, the hint under it, the error under the
 * control (role="alert"). The control gets the ids from useFieldIds.
 */
export function FieldFrame({
  ids,
  label,
  hint,
  error,
  className,
  children,
}: {
  ids: ReturnType<typeof useFieldIds>;
  label: string;
  hint?: string;
  error?: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={ids.inputId} className="text-field__label">
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="text-field__hint form-text">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={ids.errorId} className="text-field__error invalid-feedback d-block" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
