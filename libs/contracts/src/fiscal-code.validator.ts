import { registerDecorator, type ValidationOptions } from 'class-validator';
import { fiscalCodeProblem } from './fiscal-code';

/** class-validator decorator: a valid Italian codice fiscale (structure, omocodia, check character). */
export function IsFiscalCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isFiscalCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) => {
          const problem = typeof args.value === 'string' ? fiscalCodeProblem(args.value) : 'format';
          return `${args.property} is not a valid codice fiscale (${problem ?? 'format'})`;
        },
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && fiscalCodeProblem(value) === null,
      },
    });
  };
}
