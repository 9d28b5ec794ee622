import { ApiProblem } from '@opencpi/api-client';
import { useTranslation } from 'react-i18next';

/** Fields holding a calendar date: any format or type failure on them is "not a valid date". */
const DATE_FIELDS = new Set(['lastJobEndDate', 'noticeEndDate', 'from', 'to', 'date', 'dueDate']);

type FieldMessageKey = 'date' | 'choose' | 'length' | 'required' | 'number' | 'range' | 'format' | 'tooMany' | 'notEligible' | 'accept' | 'invalid';

function messageKey(code: string, pointer: string, constraint: string | undefined): FieldMessageKey {
  if (code === 'DID_NOT_ELIGIBLE') return 'notEligible';
  // the field's own name: the last part of the pointer that is not an array index (`/jobs/0/from` → `from`)
  const field =
    pointer
      .split('/')
      .filter((part) => part && !/^\d+$/.test(part))
      .at(-1) ?? '';
  const isDate = DATE_FIELDS.has(field);
  switch (constraint) {
    case 'isDateString':
    case 'isDate':
      return 'date';
    case 'matches':
      return isDate ? 'date' : 'format';
    case 'isIn':
    case 'isEnum':
      return 'choose';
    case 'isNotEmpty':
    case 'isDefined':
      return isDate ? 'date' : 'required';
    case 'length':
    case 'isLength':
    case 'minLength':
    case 'maxLength':
    case 'isString':
      return 'length';
    case 'isNumber':
    case 'isInt':
      return 'number';
    case 'min':
    case 'max':
      return 'range';
    case 'arrayMaxSize':
      return 'tooMany';
    case 'equals':
      return 'accept';
    default:
      return isDate ? 'date' : 'invalid';
  }
}

/**
 * The errors of a failed request for single fields (problem+json `errors[]`, by JSON pointer such as `/noticeEndDate`
 * or `/education/0/title`), as short messages of the citizen catalogue to show next to the field.
 * The API's own `detail` is developer English: it is never shown.
 */
export function useApiFieldErrors(error: unknown): (pointer: string) => string | undefined {
  const { t } = useTranslation('citizen');
  const problem = error instanceof ApiProblem ? error : undefined;
  return (pointer) => {
    const fieldError = problem?.fieldError(pointer);
    if (!problem || !fieldError) return undefined;
    return t(`forms.errors.${messageKey(problem.code, fieldError.pointer, fieldError.constraint)}`);
  };
}
