import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The hot queries live in .sql files beside this one (reviewed as SQL); `{{score}}` includes score.sql. */
function load(name: string): string {
  const read = (f: string) => readFileSync(path.join(__dirname, 'sql', f), 'utf8');
  return read(name).replace('{{score}}', read('score.sql'));
}

export const SQL = {
  candidatesForVacancy: load('candidates-for-vacancy.sql'),
  vacanciesForPerson: load('vacancies-for-person.sql'),
};
