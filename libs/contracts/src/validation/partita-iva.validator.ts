import { registerDecorator, type ValidationOptions } from 'class-validator';
import { fiscalCodeProblem } from '../fiscal-code';

/** Italian VAT number (partita IVA): 11 digits, the last one a Luhn-variant check digit over the first 10. */
export function isPartitaIva(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(value.charAt(i));
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10 === Number(value.charAt(10));
}

/** class-validator decorator: a partita IVA with a correct check digit. */
export function IsPartitaIva(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isPartitaIva',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => `${args.property} is not a valid partita IVA (11 digits, check digit)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isPartitaIva(value) },
    });
  };
}

/** class-validator decorator: a company's codice fiscale, 11 digits (legal entities) or a person's 16 characters (sole traders). */
export function IsCompanyFiscalCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCompanyFiscalCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => `${args.property} is not a valid codice fiscale (11 digits or 16 characters)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && (isPartitaIva(value) || fiscalCodeProblem(value) === null) },
    });
  };
}
