import { useId, type InputHTMLAttributes } from 'react';

export interface CheckboxFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  label: string;
  type?: 'checkbox' | 'radio';
  id?: string;
}

/** A Bootstrap Italia checkbox or radio button with its label (put groups in a fieldset with a legend). */
export function CheckboxField({ label, type = 'checkbox', id, className, ...input }: CheckboxFieldProps) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={['form-check', className].filter(Boolean).join(' ')}>
      <input id={inputId} type={type} {...input} />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
