import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FieldFrame, useFieldIds } from './field-frame';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  /** help text under the label, linked with aria-describedby */
  hint?: string;
  /** the error shown under the select (from problem+json `errors[]` or a client check) */
  error?: string;
  id?: string;
  ref?: Ref<HTMLSelectElement>;
  /** the `<option>`s */
  children: ReactNode;
}

/** A labelled native `<select>` in the style of TextField (label above, hint and error wired for screen readers). */
export function SelectField({ label, hint, error, id, className, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={['text-field', 'select-field', className].filter(Boolean).join(' ')}>
      <select
        id={ids.inputId}
        className={['form-select', 'text-field__input', error ? 'is-invalid' : ''].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}
