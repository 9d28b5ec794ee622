import type { Catalogue } from '../../catalogue';
import type { itCommonForms } from '../it/common-forms';

export const enCommonForms: Catalogue<typeof itCommonForms> = {
  errors: {
    date: 'Enter a valid date (day, month and year).',
    notPast: 'The date cannot be in the past.',
    choose: 'Choose one of the options in the list.',
    length: 'The text is too short or too long.',
    required: 'This field is required.',
    number: 'Enter a number.',
    range: 'The value is outside the allowed range.',
    format: 'The format is not correct.',
    tooMany: 'You entered too many rows.',
    accept: 'To continue you must tick this box.',
    invalid: 'The value entered is not valid.',
  },
  optional: 'Optional',
  autocomplete: {
    suggestions: 'Suggestions',
    hint: 'Type at least 2 letters, then choose from the list.',
    searching: 'Searching…',
    failed: 'The search failed: please try again shortly.',
    none: 'No results for “{{query}}”.',
    count_one: '{{count}} result for “{{query}}”: use the arrow keys to browse it.',
    count_other: '{{count}} results for “{{query}}”: use the arrow keys to browse them.',
    comune: '{{name}} ({{province}})',
  },
  rows: {
    add: 'Add',
    remove: 'Remove',
  },
};
