/**
 * Italian national public holidays (L. 260/1949 and amendments; Liberation Day 25 April, Republic Day
 * 2 June, Easter Monday) plus, per office, the patron saint's day of its comune. Data-driven: the fixed
 * dates are a table; Easter is computed (anonymous Gregorian algorithm).
 */
export const NATIONAL_FIXED_HOLIDAYS: readonly { monthDay: string; name: string }[] = [
  { monthDay: '01-01', name: 'Capodanno' },
  { monthDay: '01-06', name: 'Epifania' },
  { monthDay: '04-25', name: 'Festa della Liberazione' },
  { monthDay: '05-01', name: 'Festa del Lavoro' },
  { monthDay: '06-02', name: 'Festa della Repubblica' },
  { monthDay: '08-15', name: 'Assunzione (Ferragosto)' },
  { monthDay: '11-01', name: 'Ognissanti' },
  { monthDay: '12-08', name: 'Immacolata Concezione' },
  { monthDay: '12-25', name: 'Natale' },
  { monthDay: '12-26', name: 'Santo Stefano' },
];

/** Easter Sunday (Gregorian) as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Holidays of a year for an office whose patron saint's day is `patronMonthDay` ('MM-DD'), by date. */
export function holidaysOf(year: number, patronMonthDay?: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const h of NATIONAL_FIXED_HOLIDAYS) out.set(`${year}-${h.monthDay}`, h.name);
  const easter = easterSunday(year);
  out.set(easter, 'Pasqua');
  const monday = new Date(`${easter}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() + 1);
  out.set(monday.toISOString().slice(0, 10), "Lunedì dell'Angelo (Pasquetta)");
  if (patronMonthDay) out.set(`${year}-${patronMonthDay}`, out.get(`${year}-${patronMonthDay}`) ?? 'Santo patrono');
  return out;
}
