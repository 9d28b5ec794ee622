import { useController } from 'react-hook-form';
import { FileField, type FileFieldProps } from '../fields/file-field';
import { useFieldError } from './field-messages';

/** A file input whose field holds the chosen `File` (or undefined). */
export function FormFileField({ name, ...props }: Omit<FileFieldProps, 'onFileChange' | 'error' | 'ref'> & { name: string }) {
  const { field } = useController({ name });
  return <FileField {...props} ref={field.ref} onBlur={field.onBlur} onFileChange={(file) => field.onChange(file)} error={useFieldError(name)} />;
}
