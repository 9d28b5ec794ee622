import type { InputHTMLAttributes, Ref } from 'react';
import { controlClass, FieldFrame, useFieldIds } from '../components/field-frame';

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
export function FileField({ label, hint, error, id, className, onFileChange, ...input }: FileFieldProps) {
  const ids = useFieldIds(id, hint, error);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} className={['text-field', 'file-field', className].filter(Boolean).join(' ')}>
      <input
        id={ids.inputId}
        type="file"
        className={controlClass(error, 'file-field__input')}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        onChange={(e) => onFileChange(e.target.files?.[0] ?? undefined)}
        {...input}
      />
    </FieldFrame>
  );
}
