import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { computeFiscalCode, decodeOmocodia, fiscalCodeCheckChar, fiscalCodeProblem, isValidFiscalCode } from './fiscal-code';
import { SearchCitizensQuery } from './dto/search-citizens.query';

describe('codice fiscale', () => {
  it('accepts well-known valid codes, in any case and with spaces', () => {
    expect(isValidFiscalCode('RSSMRA85T10A562S')).toBe(true);
    expect(isValidFiscalCode(' rssmra85t10a562s ')).toBe(true);
  });

  it('computes codes from personal data (surname, name with 4+ consonants, women +40)', () => {
    expect(computeFiscalCode({ familyName: 'Rossi', givenName: 'Mario', birthDate: '1985-12-10', gender: 'M', birthPlaceCode: 'A562' })).toBe('RSSMRA85T10A562S');
    const anna = computeFiscalCode({ familyName: 'Ferrari', givenName: 'Anna', birthDate: '1982-04-10', gender: 'F', birthPlaceCode: 'F335' });
    expect(anna.slice(0, 11)).toBe('FRRNNA82D50');
    // Francesco: consonants F R N C S C → 1st, 3rd, 4th = F N C
    expect(computeFiscalCode({ familyName: 'Fo', givenName: 'Francesco', birthDate: '2001-01-01', gender: 'M', birthPlaceCode: 'L219' }).slice(0, 6)).toBe('FOXFNC');
    expect(isValidFiscalCode(anna)).toBe(true);
  });

  it('refuses a wrong check character, a bad month, a bad day and a bad shape', () => {
    expect(fiscalCodeProblem('RSSMRA85T10A562X')).toBe('checkChar');
    const badMonth = 'RSSMRA85Z10A562';
    expect(fiscalCodeProblem(badMonth + fiscalCodeCheckChar(badMonth))).toBe('month');
    const badDay = 'RSSMRA85T35A562';
    expect(fiscalCodeProblem(badDay + fiscalCodeCheckChar(badDay))).toBe('day');
    expect(fiscalCodeProblem('RSSMRA85T10A562')).toBe('format');
    expect(fiscalCodeProblem('1234567890123456')).toBe('format');
  });

  it('accepts omocodia (digits replaced by L M N P Q R S T U V) with its own check character', () => {
    const omocode15 = 'RSSMRA85T10A56N'; // 2 → N
    const code = omocode15 + fiscalCodeCheckChar(omocode15);
    expect(isValidFiscalCode(code)).toBe(true);
    expect(decodeOmocodia(code).slice(0, 15)).toBe('RSSMRA85T10A562');
    expect(isValidFiscalCode(omocode15 + 'S')).toBe(fiscalCodeCheckChar(omocode15) === 'S');
  });

  it('is enforced by the shared DTO decorator', () => {
    const bad = validateSync(plainToInstance(SearchCitizensQuery, { fiscalCode: 'RSSMRA85T10A562X' }));
    expect(bad[0]?.property).toBe('fiscalCode');
    expect(Object.keys(bad[0]?.constraints ?? {})).toEqual(['isFiscalCode']);
    expect(validateSync(plainToInstance(SearchCitizensQuery, { fiscalCode: 'RSSMRA85T10A562S', limit: '10' }))).toEqual([]);
  });
});
