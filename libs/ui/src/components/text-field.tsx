import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { controlClass, FieldFrame, useFieldIds } from './field-frame';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** help text under the label, linked with aria-describedby */
  hint?: string;
  /** the error shown under the input (from problem+json `errors[]` or a client check) */
  error?: string;
  id?: string;
  ref?: Ref<HTMLInputElement>;
  /** rendered right of the input on the same line, e.g. the submit button of a one-field search form */
  addon?: ReactNode;
}

/** A labelled text input in Bootstrap Italia style, with hint and error wired for screen readers. */
export function TextField({ label, hint, error, id, className, addon, ...input }: TextFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={['text-field', className].filter(Boolean).join(' ')}>
      <div className={addon ? 'text-field__control text-field__control--addon' : 'text-field__control'}>
        <input id={ids.inputId} type="text" className={controlClass(error)} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} />
        {addon}
      </div>
    </FieldFrame>
  );
}
