import fc from 'fast-check';

/**
 * fast-check generators driven by the OpenAPI document's schemas: valid values (so that one bad field is the only
 * reason a request can be refused, and a crash behind validation is reachable) and values a field must refuse.
 */

export type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
export type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: Schema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
export type OpenApiDoc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const deep = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
};
export const nulString = fc.string({ maxLength: 8 }).map((s) => `${s}\u0000${s}`);
/** Values refused whatever the field: null (fields are left out, never null), NUL, nesting past the limit. */
const anyBad = fc.oneof(fc.constant(null), nulString, fc.constant(deep(40)));
const hugeInts = fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e20, 1e308);
const wrongTypes = fc.constantFrom<unknown>(true, false, [], {}, [1]);
const invalidDates = fc.constantFrom('2027-02-30', '2027-02-29', '2027', '2027-13-01', '2027-02-30T10:00:00Z', '2027-01-01T25:00:00Z', '2027-01-01 10:00', '10/03/2027');
/** (past ~16 KB a URL is refused by Node's HTTP parser itself with a bare 431, before the application) */
const tooLongFor = (s: Schema) => (s.maxLength !== undefined && s.maxLength < 4000 ? [fc.constant('y'.repeat(s.maxLength + 1))] : []);
/** Path parameter values no route accepts (ids are UUIDs or bounded integers, names are from a short list). */
export const badPathValue = fc.oneof(
  nulString,
  fc.constantFrom(`${2 ** 31}`, '99999999999999999999', 'true', '1e-7', '-1', '2027-02-30', 'a'.repeat(300), "' OR 1=1 --", '%', '..', '\u00e0'),
);

export function openApiArbitraries(doc: OpenApiDoc) {
  const resolve = (s: Schema | undefined, seen = 0): Schema => {
    if (!s || seen > 10) return {};
    if (s.$ref) return resolve(doc.components?.schemas?.[s.$ref.split('/').pop() as string], seen + 1);
    if (s.allOf?.length) {
      return s.allOf.reduce<Schema>((acc, p) => {
        const r = resolve(p, seen + 1);
        return { ...acc, ...r, properties: { ...acc.properties, ...r.properties }, required: [...(acc.required ?? []), ...(r.required ?? [])] };
      }, {});
    }
    const alt = s.oneOf?.[0] ?? s.anyOf?.[0];
    return alt ? resolve(alt, seen + 1) : s;
  };
  const typeOf = (raw: Schema | undefined): string => {
    const s = resolve(raw);
    const ty = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
    return ty ?? (s.properties ? 'object' : s.items ? 'array' : s.enum ? 'string' : 'any');
  };
  const futureDate = fc
    .tuple(fc.integer({ min: 2030, max: 2098 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

  /** A value the schema accepts (as far as the schema says: references to other rows are random). */
  const valid = (raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
    const s = resolve(raw);
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    switch (typeOf(s)) {
      case 'integer':
      case 'number': {
        const min = Math.max(s.minimum ?? 1, -1000);
        return fc.integer({ min, max: Math.max(min, Math.min(s.maximum ?? 1000, 1000)) });
      }
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const maxLength = Math.min(s.maxItems ?? 2, 2);
        return depth > 3 ? fc.constant([]) : fc.array(valid(s.items, depth + 1), { minLength: Math.min(s.minItems ?? 0, maxLength), maxLength });
      }
      case 'object': {
        if (depth > 3) return fc.constant({});
        const required = s.required ?? [];
        return fc.record(Object.fromEntries(required.map((k) => [k, valid(s.properties?.[k], depth + 1)])));
      }
      default: {
        if (s.format === 'date') return futureDate;
        if (s.format === 'date-time') return futureDate.map((d) => `${d}T10:00:00Z`);
        if (s.format === 'uuid') return fc.uuid({ version: 4 });
        const [min, max] = [s.minLength ?? 1, s.maxLength ?? 40];
        if (s.pattern) {
          // lengths only where declared (a pattern alone may need more than 40 characters: the filter would never pass)
          const [pmin, pmax] = [s.minLength ?? 0, s.maxLength ?? Infinity];
          return fc.stringMatching(new RegExp(s.pattern, 'u')).filter((v) => v.length >= pmin && v.length <= pmax && !v.includes('\u0000'));
        }
        return fc.string({ minLength: min, maxLength: Math.max(min, Math.min(max, min + 20)) });
      }
    }
  };

  /** A value the field must refuse, chosen for its type. */
  const bad = (raw: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
    const s = resolve(raw);
    switch (typeOf(s)) {
      case 'integer':
        return fc.oneof(anyBad, hugeInts, wrongTypes, fc.constantFrom(1e-7, 0.5, 'true', '', '1e3', ' 1', '0x10', `${2 ** 31}`));
      case 'number':
        return fc.oneof(anyBad, fc.constantFrom(1e-7, 0.001, 1e300, -1e300), wrongTypes, fc.constantFrom('12', 'true', ''));
      case 'boolean':
        return fc.oneof(anyBad, fc.constantFrom(1, 0, 'true', 'false', 'yes', [], {}));
      case 'array': {
        const options: fc.Arbitrary<unknown>[] = [anyBad, fc.constantFrom('x', 7, {})];
        options.push(valid(s.items, depth + 1).map((item) => Array((s.maxItems ?? 10_000) + 1).fill(item)));
        if (depth < 3 && typeOf(s.items) !== 'any') options.push(fc.tuple(valid(s, depth + 1), bad(s.items, depth + 1)).map(([ok, b]) => [...(ok as unknown[]), b]));
        return fc.oneof(...options);
      }
      case 'object': {
        const props = Object.keys(s.properties ?? {});
        const options: fc.Arbitrary<unknown>[] = [anyBad, fc.constantFrom<unknown>('x', 7, true, [])];
        if (depth < 3 && props.length > 0) {
          // weight 4: a valid object with exactly one bad field, the case that reaches the service when validation is missing
          options.push(fc.constantFrom(...props).chain((k) => fc.tuple(valid(s, depth + 1), bad(s.properties?.[k], depth + 1)).map(([ok, b]) => ({ ...(ok as object), [k]: b }))));
          options.push(
            options[options.length - 1] as fc.Arbitrary<unknown>,
            options[options.length - 1] as fc.Arbitrary<unknown>,
            options[options.length - 1] as fc.Arbitrary<unknown>,
          );
        }
        options.push(valid(s, depth + 1).map((ok) => ({ ...(ok as object), 'unknown\u0001field': 1 }))); // unknown properties are refused
        return fc.oneof(...options);
      }
      default: {
        const dates = s.format === 'date' || s.format === 'date-time' || /\\d\{4\}/.test(s.pattern ?? '') ? [invalidDates] : [];
        // a control character fails every pattern, format and list of values in the document
        const restricted = s.enum?.length || s.pattern || s.format ? [fc.constant('\u0001\u0002')] : [];
        return fc.oneof(anyBad, anyBad, hugeInts, fc.constantFrom<unknown>(true, false, [], {}, ['x']), ...dates, ...restricted, ...tooLongFor(s));
      }
    }
  };

  /** A query value the parameter must refuse: a free text only refuses NUL, repetition and excess length. */
  const badQueryValue = (raw: Schema | undefined): fc.Arbitrary<unknown> => {
    const s = resolve(raw);
    const free = typeOf(s) === 'string' && !s.enum && !s.pattern && !s.format;
    return free
      ? fc.oneof(nulString, fc.constant(['a', 'b']), ...tooLongFor(s))
      : fc.oneof(
          nulString,
          fc.constant(['a', 'b']),
          badPathValue.filter((v) => v !== '%' && v !== '..'),
          ...tooLongFor(s),
        );
  };

  return { resolve, typeOf, valid, bad, badQueryValue };
}
