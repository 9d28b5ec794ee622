import type { Ref, TextareaHTMLAttributes } from 'react';
import { controlClass, FieldFrame, useFieldIds } from '../components/field-frame';

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
export function TextareaField({ label, hint, error, id, className, rows = 4, ...textarea }: TextareaFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={['text-field', 'textarea-field', className].filter(Boolean).join(' ')}>
      <textarea
        id={ids.inputId}
        rows={rows}
        className={controlClass(error, 'textarea-field__input')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        {...textarea}
      />
    </FieldFrame>
  );
}
