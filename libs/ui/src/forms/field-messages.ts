import { createContext, useContext } from 'react';
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * A form's own sentence for a field's failed check, e.g. "Scrivi il titolo (da 3 a 200 caratteri)."; undefined: the
 * generic one. `code`: the problem+json `code` of a server error (e.g. DID_NOT_ELIGIBLE), none for a client check.
 */
export type FieldMessages = (field: string, type: string, code?: string) => string | undefined;

/** Given by a form (`<FieldMessagesContext value={...}>`) to its fields. */
export const FieldMessagesContext = createContext<FieldMessages>(() => undefined);

type GenericKey = 'date' | 'notPast' | 'choose' | 'length' | 'required' | 'number' | 'range' | 'format' | 'tooMany' | 'accept' | 'invalid';

/** The catalogue's generic sentence for a failed constraint (class-validator's name, in the browser and in problem+json). */
export function genericMessageKey(type: string): GenericKey {
  switch (type) {
    case 'isIsoDate':
    case 'isDateString':
    case 'isDate':
      return 'date';
    case 'isNotPastDate':
      return 'notPast';
    case 'isIn':
    case 'isEnum':
    case 'isId':
    case 'isUUID':
      return 'choose';
    case 'isNotEmpty':
    case 'isDefined':
    case 'required':
      return 'required';
    case 'length':
    case 'isLength':
    case 'minLength':
    case 'maxLength':
    case 'isString':
      return 'length';
    case 'isNumber':
    case 'isInt':
    case 'isDecimal':
      return 'number';
    case 'min':
    case 'max':
      return 'range';
    case 'matches':
      return 'format';
    case 'arrayMaxSize':
    case 'arrayMinSize':
      return 'tooMany';
    case 'equals':
      return 'accept';
    default:
      return 'invalid';
  }
}

/** The sentence to show for a field's error (the form's own, else the generic one); undefined when none. */
export function useErrorMessage(): (field: string, error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation('common');
  const own = useContext(FieldMessagesContext);
  return (field, error) => {
    // no error, or the errors of a list's rows (`skills.0.weight`…) read at the list itself: each row shows its own
    if (!error || typeof error.type !== 'string') return undefined;
    const type = error.type;
    const code = error.message && /^[A-Z_]+$/.test(error.message) ? error.message : undefined;
    return own(field, type, code) ?? t(`forms.errors.${genericMessageKey(type)}`);
  };
}

/** The error message of the field `name` of the surrounding form (client check or server's problem+json). */
export function useFieldError(name: string): string | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  return useErrorMessage()(name, get(errors, name) as FieldError | undefined);
}
