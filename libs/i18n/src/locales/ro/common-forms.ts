import type { Catalogue } from '../../catalogue';
import type { itCommonForms } from '../it/common-forms';

export const roCommonForms: Catalogue<typeof itCommonForms> = {
  errors: {
    date: 'Scrie o dată validă (zi, lună și an).',
    notPast: 'Data nu poate fi în trecut.',
    choose: 'Alege una dintre opțiunile din listă.',
    length: 'Textul este prea scurt sau prea lung.',
    required: 'Acest câmp este obligatoriu.',
    number: 'Scrie un număr.',
    range: 'Valoarea este în afara intervalului permis.',
    format: 'Formatul nu este corect.',
    tooMany: 'Ai introdus prea multe rânduri.',
    accept: 'Ca să continui, trebuie să bifezi această căsuță.',
    invalid: 'Valoarea introdusă nu este validă.',
  },
  optional: 'Opțional',
  autocomplete: {
    suggestions: 'Sugestii',
    hint: 'Scrie cel puțin 2 litere, apoi alege din listă.',
    searching: 'Se caută…',
    failed: 'Căutarea nu a reușit: încearcă din nou puțin mai târziu.',
    none: 'Niciun rezultat pentru «{{query}}».',
    count_one: '{{count}} rezultat pentru «{{query}}»: folosește săgețile ca să-l parcurgi.',
    count_few: '{{count}} rezultate pentru «{{query}}»: folosește săgețile ca să le parcurgi.',
    count_other: '{{count}} de rezultate pentru «{{query}}»: folosește săgețile ca să le parcurgi.',
    comune: '{{name}} ({{province}})',
  },
  rows: {
    add: 'Adaugă',
    remove: 'Elimină',
  },
};
