import { getMetadataStorage, type ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { FISCAL_CODE_PATTERN } from '@opencpi/contracts';

/** class-transformer's storage (for `@Type(() => X)` of nested arrays); it ships no typings for this entry point. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: object };

export type JsonSchema = Record<string, unknown>;
type Meta = ValidationMetadata & { type: ValidationTypes | string };

const siblings = (meta: Meta): Meta[] =>
  getMetadataStorage()
    .getTargetValidationMetadatas(meta.target as () => void, '', true, false)
    .filter((m) => m.propertyName === meta.propertyName) as Meta[];

/** A property whose validators accept a calendar date only (YYYY-MM-DD), not a date-time. */
function acceptsDateOnly(meta: Meta): boolean {
  return siblings(meta).some((m) => {
    const kind = String(m.name ?? m.type);
    if (kind === 'matches' && m.constraints?.[0] instanceof RegExp) {
      const re = m.constraints[0] as RegExp;
      return re.test('2026-01-31') && !re.test('2026-01-31T10:00:00Z');
    }
    return kind === 'isIsoDate';
  });
}

const dateOrDateTime = (meta: Meta): JsonSchema => ({ type: 'string', format: acceptsDateOnly(meta) ? 'date' : 'date-time' });

/**
 * JSON schemas of every class-validator class (request DTOs and response types of libs/contracts), with the
 * formats the validators really enforce: `date` where only YYYY-MM-DD passes, `date-time` (RFC 3339) otherwise,
 * nested arrays resolved through `@Type(() => X)`.
 */
export function contractSchemas(): Record<string, JsonSchema> {
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage as never,
    refPointerPrefix: '#/components/schemas/',
    additionalConverters: {
      // bounds leave the type to @IsInt/@IsNumber (the library's `type: number` would win over `integer` when it is
      // declared after it, as IsInt32 of libs/contracts does)
      min: (meta) => ({ minimum: meta.constraints?.[0] as number }),
      max: (meta) => ({ maximum: meta.constraints?.[0] as number }),
      isIn: (meta) => enumSchema(meta.constraints?.[0] as unknown[]),
      // JSON Schema's standard format (class-validator-jsonschema says `url`, which validators read as "public internet URL")
      isUrl: { type: 'string', format: 'uri' },
      isFiscalCode: { type: 'string', pattern: FISCAL_CODE_PATTERN.source, description: 'codice fiscale (with check character)' },
      isDateString: (meta) => dateOrDateTime(meta as Meta),
      isIso8601: (meta) => dateOrDateTime(meta as Meta),
      // the strict decorators of libs/contracts/src/validation (RFC 3339 full-date / date-time, decimals)
      isIsoDate: { type: 'string', format: 'date' },
      isNotPastDate: { type: 'string', format: 'date', description: 'today or later (Europe/Rome)' },
      isRfc3339DateTime: { type: 'string', format: 'date-time' },
      maxDecimalPlaces: (meta) => ({ type: 'number', format: 'double', description: `at most ${String(meta.constraints?.[0])} decimal places` }),
    },
  }) as Record<string, JsonSchema>;
  addInheritedProperties(schemas);
  for (const s of Object.values(schemas)) addNumberFormats(s);
  return schemas;
}

/** An enum of strings, integers or numbers, typed by its values. */
function enumSchema(values: unknown[]): JsonSchema {
  const type = values.every((v) => typeof v === 'string')
    ? 'string'
    : values.every((v) => Number.isInteger(v))
      ? 'integer'
      : values.every((v) => typeof v === 'number')
        ? 'number'
        : undefined;
  return { ...(type ? { type } : {}), enum: values };
}

/**
 * A DTO that extends another validates the parent's properties too. class-validator-jsonschema finds parents with
 * `instanceof Function`, which depends on the realm the classes were made in (under jest it differs between a run in
 * band and a run in workers), so the inherited properties are added here from the prototype chain.
 */
function addInheritedProperties(schemas: Record<string, JsonSchema>): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> };
  for (const target of storage.validationMetadatas.keys()) {
    if (typeof target !== 'function') continue;
    const own = schemas[target.name];
    if (!own) continue;
    for (
      let parent = Object.getPrototypeOf(target) as { name?: string } | null;
      parent && parent !== Function.prototype;
      parent = Object.getPrototypeOf(parent) as { name?: string } | null
    ) {
      const inherited = parent.name ? schemas[parent.name] : undefined;
      if (!inherited) continue;
      // own properties first, then the inherited ones (the order the library gives when it finds the parent)
      const ownProps = own['properties'] as Record<string, unknown>;
      own['properties'] = { ...ownProps, ...Object.fromEntries(Object.entries(inherited['properties'] as object).filter(([k]) => !(k in ownProps))) };
      const required = [...new Set([...((own['required'] as string[] | undefined) ?? []), ...((inherited['required'] as string[] | undefined) ?? [])])];
      if (required.length) own['required'] = required;
    }
  }
}

/** AgID RAC_REST_FORMAT_004: every integer and number declares its `format`. */
export function addNumberFormats(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(addNumberFormats);
  if (!node || typeof node !== 'object') return;
  const s = node as JsonSchema;
  const types = Array.isArray(s['type']) ? (s['type'] as string[]) : [s['type']];
  if (types.includes('integer') && !s['format']) {
    const big = (v: unknown) => typeof v === 'number' && (v > 2_147_483_647 || v < -2_147_483_648);
    s['format'] = big(s['maximum']) || big(s['minimum']) ? 'int64' : 'int32';
  } else if (types.includes('number') && !s['format']) {
    s['format'] = 'double';
  }
  for (const v of Object.values(s)) if (v && typeof v === 'object') addNumberFormats(v);
}
