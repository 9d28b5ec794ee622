import { useFormContext, type RegisterOptions } from 'react-hook-form';
import { CheckboxField, type CheckboxFieldProps } from '../fields/checkbox-field';
import { SelectField, type SelectFieldProps } from '../components/select-field';
import { TextField, type TextFieldProps } from '../components/text-field';
import { TextareaField, type TextareaFieldProps } from '../fields/textarea-field';
import { useFieldError } from './field-messages';

/*
 * The fields of a react-hook-form form (inside its FormProvider): each registers itself by `name` and shows its own
 * error — the resolver's (the shared DTO's limits) or the server's problem+json one set by useServerErrors.
 * They draw with the plain fields of this library, so a form looks the same with or without react-hook-form.
 */

type Bound<P> = Omit<P, 'name' | 'error' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'ref'> & {
  name: string;
  rules?: RegisterOptions;
};

/** Text, number or date input. */
export function FormTextField({ name, rules, ...props }: Bound<TextFieldProps>) {
  const { register } = useFormContext();
  return <TextField {...props} {...register(name, rules)} error={useFieldError(name)} />;
}

/** `<input type="date">`: a calendar date as `YYYY-MM-DD`. */
export function FormDateField(props: Omit<Bound<TextFieldProps>, 'type'>) {
  return <FormTextField {...props} type="date" />;
}

export function FormTextareaField({ name, rules, ...props }: Bound<TextareaFieldProps>) {
  const { register } = useFormContext();
  return <TextareaField {...props} {...register(name, rules)} error={useFieldError(name)} />;
}

export function FormSelectField({ name, rules, ...props }: Bound<SelectFieldProps>) {
  const { register } = useFormContext();
  return <SelectField {...props} {...register(name, rules)} error={useFieldError(name)} />;
}

/** One checkbox holding a boolean (`name`), or, with `value`, one box of a group whose field is the list of checked values. */
export function FormCheckboxField({ name, rules, showError = true, ...props }: Bound<CheckboxFieldProps> & { showError?: boolean }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return <CheckboxField {...props} {...register(name, rules)} error={showError ? error : undefined} />;
}
