import { getMetadataStorage } from 'class-validator';
import * as contracts from '../index';
import { INT32_MAX, INT32_MIN } from './int32.validator';

// class-transformer's storage, to find `@Type(() => Number)` (it ships no typings for this entry point)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: { findTypeMetadata: (target: object, property: string) => { typeFunction: () => unknown } | undefined };
};

type Meta = { propertyName: string; name?: string; type: string; constraints?: unknown[]; each?: boolean };
const REQUEST_DTO = /(Body|Query|Param|Params|Input|Item|Answer)$/;
const requestDtos = Object.entries(contracts)
  .filter(([name, v]) => typeof v === 'function' && REQUEST_DTO.test(name))
  .map(([name, v]) => ({ name, cls: v as new () => object }));

function rules(cls: new () => object): Map<string, Meta[]> {
  const byProperty = new Map<string, Meta[]>();
  for (const m of getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false) as unknown as Meta[]) {
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  }
  return byProperty;
}
const kind = (m: Meta) => String(m.name ?? m.type);

/** One validation policy for every request DTO of libs/contracts (issue 11), checked on the decorators themselves. */
describe('request DTO policy', () => {
  it('finds the request DTOs', () => {
    expect(requestDtos.length).toBeGreaterThan(50);
  });

  it('gives every array a maximum size', () => {
    const missing = requestDtos.flatMap(({ name, cls }) =>
      [...rules(cls)].filter(([, ms]) => ms.some((m) => kind(m) === 'isArray') && !ms.some((m) => kind(m) === 'arrayMaxSize')).map(([p]) => `${name}.${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('bounds every integer within the range of an integer column', () => {
    const unbounded = requestDtos.flatMap(({ name, cls }) =>
      [...rules(cls)]
        .filter(([, ms]) => ms.some((m) => kind(m) === 'isInt'))
        .filter(([, ms]) => {
          const min = ms.find((m) => kind(m) === 'min')?.constraints?.[0];
          const max = ms.find((m) => kind(m) === 'max')?.constraints?.[0];
          return typeof min !== 'number' || typeof max !== 'number' || min < INT32_MIN || max > INT32_MAX;
        })
        .map(([p]) => `${name}.${p}`),
    );
    expect(unbounded).toEqual([]);
  });

  it('uses the strict date and decimal validators, never the lenient or crashing ones', () => {
    const lenient = requestDtos.flatMap(({ name, cls }) =>
      [...rules(cls)]
        .filter(([, ms]) =>
          ms.some(
            (m) =>
              ['isDateString', 'isIso8601', 'isDate'].includes(kind(m)) ||
              (kind(m) === 'isNumber' && (m.constraints?.[0] as { maxDecimalPlaces?: number } | undefined)?.maxDecimalPlaces !== undefined),
          ),
        )
        .map(([p]) => `${name}.${p}`),
    );
    expect(lenient).toEqual([]);
  });

  it('never converts with @Type(() => Number), which turns true into 1 (ToInt converts digit strings only)', () => {
    const coercing = requestDtos.flatMap(({ name, cls }) =>
      [...rules(cls).keys()].filter((p) => defaultMetadataStorage.findTypeMetadata(cls, p)?.typeFunction() === Number).map((p) => `${name}.${p}`),
    );
    expect(coercing).toEqual([]);
  });
});
