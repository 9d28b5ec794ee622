/**
 * Italian codice fiscale (DM 12/03/1974, DM 23/12/1976): structure, omocodia and check character.
 * Pure functions, no dependencies: shared by the API (validation, seed) and the SPAs (form hints).
 */
const ODD: Record<string, number> = {
  '0': 1,
  '1': 0,
  '2': 5,
  '3': 7,
  '4': 9,
  '5': 13,
  '6': 15,
  '7': 17,
  '8': 19,
  '9': 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const MONTHS = 'ABCDEHLMPRST';
const OMOCODE = 'LMNPQRSTUV';
/** Positions (0-based) that may hold a digit or, with omocodia, its letter substitute. */
const OMOCODE_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
export const FISCAL_CODE_PATTERN = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

const evenValue = (ch: string): number => (/[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65);

/** The check character for the first 15 characters of a fiscal code. */
export function fiscalCodeCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15.charAt(i);
    sum += i % 2 === 0 ? (ODD[ch] ?? 0) : evenValue(ch);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** Replaces omocodia letters with their digits, so the date and place can be read. */
export function decodeOmocodia(code: string): string {
  const chars = code.split('');
  for (const p of OMOCODE_POSITIONS) {
    const c = chars[p];
    if (c !== undefined && OMOCODE.includes(c)) chars[p] = String(OMOCODE.indexOf(c));
  }
  return chars.join('');
}

export type FiscalCodeProblem = 'format' | 'month' | 'day' | 'checkChar';

/** Returns null when valid, otherwise what is wrong. Accepts lower case and surrounding spaces. */
export function fiscalCodeProblem(input: string): FiscalCodeProblem | null {
  const code = input.trim().toUpperCase();
  if (!FISCAL_CODE_PATTERN.test(code)) return 'format';
  const plain = decodeOmocodia(code);
  if (!MONTHS.includes(plain.charAt(8))) return 'month';
  const day = Number(plain.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return 'day';
  if (fiscalCodeCheckChar(code.slice(0, 15)) !== code.charAt(15)) return 'checkChar';
  return null;
}

export const isValidFiscalCode = (input: string): boolean => fiscalCodeProblem(input) === null;
export const normalizeFiscalCode = (input: string): string => input.trim().toUpperCase();

const letters = (s: string) =>
  s
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Z]/g, '');
const consonants = (s: string) => letters(s).replace(/[AEIOU]/g, '');
const vowels = (s: string) => letters(s).replace(/[^AEIOU]/g, '');

export function surnameCode(surname: string): string {
  return (consonants(surname) + vowels(surname) + 'XXX').slice(0, 3);
}
export function givenNameCode(name: string): string {
  const c = consonants(name);
  if (c.length >= 4) return c.charAt(0) + c.charAt(2) + c.charAt(3);
  return (c + vowels(name) + 'XXX').slice(0, 3);
}

export interface FiscalCodeInput {
  familyName: string;
  givenName: string;
  /** YYYY-MM-DD */
  birthDate: string;
  gender: 'M' | 'F';
  /** Belfiore cadastral code of the comune (or Z### for a foreign country), e.g. F205 */
  birthPlaceCode: string;
}

/** Computes the regular (non-omocode) fiscal code of a person. */
export function computeFiscalCode(p: FiscalCodeInput): string {
  const [y, m, d] = p.birthDate.split('-').map(Number) as [number, number, number];
  const day = p.gender === 'F' ? d + 40 : d;
  const first15 =
    surnameCode(p.familyName) +
    givenNameCode(p.givenName) +
    String(y % 100).padStart(2, '0') +
    MONTHS.charAt(m - 1) +
    String(day).padStart(2, '0') +
    p.birthPlaceCode.toUpperCase();
  return first15 + fiscalCodeCheckChar(first15);
}
