import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { OptionalTogether } from './all-or-none.validator';
import { IsIsoDate, IsNotPastDate, IsRfc3339DateTime, isIsoDate, isRfc3339DateTime, romeToday } from './date.validator';
import { IsDecimal, hasMaxDecimalPlaces } from './decimal.validator';
import { INT32_MAX, IsId, IsInt32 } from './int32.validator';

class Ints {
  @IsId() id!: number;
  @IsInt32({ min: 1, max: 10 }) small!: number;
  @IsId({ each: true }) ids!: number[];
}
class Money {
  @IsDecimal({ min: 0, max: 100_000, maxDecimalPlaces: 2 }) pay!: number;
}
class Dates {
  @IsIsoDate() day!: string;
  @IsRfc3339DateTime() at!: string;
}
class Expiry {
  @IsIsoDate() @IsNotPastDate() expiresOn!: string;
}
const GROUP = ['start', 'end', 'minutes'] as const;
class Together {
  @OptionalTogether(GROUP) start?: string;
  @OptionalTogether(GROUP) end?: string;
  @OptionalTogether(GROUP) minutes?: number;
}

/** The properties that fail, for a plain object turned into `cls` as the API's pipe does. */
function failing<T extends object>(cls: new () => T, plain: object): string[] {
  return validateSync(plainToInstance(cls, plain))
    .map((e) => e.property)
    .sort();
}

describe('IsInt32 / IsId / ToInt', () => {
  const ok = { id: 7, small: 3, ids: [1, 2] };
  it('accepts integers in range, and decimal strings (query and path parameters)', () => {
    expect(failing(Ints, ok)).toEqual([]);
    expect(failing(Ints, { id: String(INT32_MAX), small: '10', ids: ['5'] })).toEqual([]);
  });
  it('refuses ids beyond the integer column (2³¹−1) instead of letting PostgreSQL fail', () => {
    expect(failing(Ints, { ...ok, id: 2 ** 31 })).toEqual(['id']);
    expect(failing(Ints, { ...ok, id: 1e20 })).toEqual(['id']);
    expect(failing(Ints, { ...ok, ids: [1, 2 ** 31] })).toEqual(['ids']);
    expect(failing(Ints, { ...ok, id: '99999999999' })).toEqual(['id']);
  });
  it('never coerces: true, "", [7], null, "1e3", 1.5 are refused', () => {
    for (const bad of [true, false, '', [7], null, '1e3', 1.5, ' 7', '0x10']) expect(failing(Ints, { ...ok, small: bad })).toEqual(['small']);
  });
});

describe('IsDecimal', () => {
  it('counts decimal places of numbers written with an exponent without throwing', () => {
    expect(hasMaxDecimalPlaces(1e-7, 2)).toBe(false);
    expect(hasMaxDecimalPlaces(1234.56, 2)).toBe(true);
    expect(hasMaxDecimalPlaces(0.1 + 0.2, 2)).toBe(false);
    expect(hasMaxDecimalPlaces(1e21, 2)).toBe(true);
    expect(() => failing(Money, { pay: 1e-7 })).not.toThrow();
    expect(failing(Money, { pay: 1e-7 })).toEqual(['pay']);
  });
  it('accepts money with two decimals in range and refuses strings, booleans, null and out-of-range values', () => {
    expect(failing(Money, { pay: 1500.5 })).toEqual([]);
    for (const bad of ['1500', true, null, -1, 100_000.01, 0.001, 1e300]) expect(failing(Money, { pay: bad })).toEqual(['pay']);
  });
});

describe('IsIsoDate / IsRfc3339DateTime', () => {
  it('accepts existing dates only, strictly YYYY-MM-DD', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of ['2027-02-29', '2027-02-30', '2027-13-01', '2027-00-10', '2027-04-31', '2027', '2027-1-1', '20270101', '2027-01-01T00:00:00Z', ' 2027-01-01']) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
  it('accepts RFC 3339 date-times and refuses bare years, impossible days, times and offsets', () => {
    for (const good of ['2027-03-01T10:00:00Z', '2027-03-01T10:00:00.123+01:00', '2028-02-29t23:59:59-05:30']) expect(isRfc3339DateTime(good)).toBe(true);
    for (const bad of [
      '2027',
      '2027-02-30T10:00:00Z',
      '2027-03-01',
      '2027-03-01T10:00Z',
      '2027-03-01T24:00:00Z',
      '2027-03-01T10:00:60Z',
      '2027-03-01 10:00:00Z',
      '2027-03-01T10:00:00',
      '2027-03-01T10:00:00+24:00',
      1_800_000_000,
    ]) {
      expect(isRfc3339DateTime(bad)).toBe(false);
    }
  });
  it('names the field that is wrong', () => {
    expect(failing(Dates, { day: '2027-02-30', at: '2027-02-30T10:00:00Z' })).toEqual(['at', 'day']);
    expect(failing(Dates, { day: '2027-03-01', at: '2027-03-01T10:00:00Z' })).toEqual([]);
  });
});

describe('IsNotPastDate', () => {
  it('uses the Rome calendar: 23:30 UTC on 31 December is already 1 January in Rome', () => {
    expect(romeToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(romeToday(new Date('2027-07-01T21:59:00Z'))).toBe('2027-07-01'); // summer time: UTC+2
  });
  it('accepts today and later, refuses yesterday', () => {
    const today = romeToday();
    const yesterday = romeToday(new Date(Date.now() - 36 * 3600_000));
    expect(failing(Expiry, { expiresOn: today })).toEqual([]);
    expect(failing(Expiry, { expiresOn: '2099-12-31' })).toEqual([]);
    expect(failing(Expiry, { expiresOn: yesterday })).toEqual(['expiresOn']);
  });
});

describe('OptionalTogether', () => {
  it('accepts all or none of the group, and names the missing ones', () => {
    expect(failing(Together, {})).toEqual([]);
    expect(failing(Together, { start: '09:00', end: '10:00', minutes: 30 })).toEqual([]);
    expect(failing(Together, { start: '09:00', end: '10:00' })).toEqual(['minutes']);
    expect(failing(Together, { minutes: 30 })).toEqual(['end', 'start']);
  });
});
