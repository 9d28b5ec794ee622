/**
 * Breaking changes between two OpenAPI 3.1 documents (the released baseline and the current one), for the contract
 * check of tools/checks/openapi-breaking.spec.ts. Each change has a stable, human-readable id that an intentional
 * change is recorded under in docs/openapi-breaking-changes.json.
 *
 * Reported (see docs/adr/0004-generated-api-client.md):
 * - a removed path or operation; a removed success status or media type;
 * - requests (what clients send): a new required parameter, property or body, an optional one made required, a removed
 *   parameter or property (the API forbids unknown ones), a removed media type;
 * - responses (what clients read): a removed property, a property no longer always present (required → optional);
 *   a type that admits new values (a type added, `null` added, an enum dropped);
 * - anywhere: a removed enum value, a narrowed type (a type or `null` removed, an enum or const where there was none,
 *   a format or pattern added or changed, tighter length, range or item bounds).
 * Not reported: new paths, operations, optional parameters or properties, response properties, enum values.
 */

export type Schema = { [key: string]: unknown };
export interface OpenApiDocument {
  paths?: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, Schema> };
}
export interface BreakingChange {
  /** stable id, e.g. `GET /api/x: response 200 application/json /items/[]/name: property removed` */
  id: string;
}

type Direction = 'request' | 'response';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const REF_PREFIX = '#/components/schemas/';
/** bounds that narrow the accepted values when they grow (min…) or shrink (max…) */
const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];

const asObject = (v: unknown): Schema => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Schema) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const show = (v: unknown): string => JSON.stringify(v);

function refName(schema: Schema): string | undefined {
  const ref = schema['$ref'];
  return typeof ref === 'string' && ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : undefined;
}

/** Resolves a `$ref` into components (other refs, e.g. to responses, are resolved by path). */
function resolve(doc: OpenApiDocument, node: unknown): Schema {
  let n = asObject(node);
  for (let hops = 0; typeof n['$ref'] === 'string' && hops < 20; hops++) {
    const parts = (n['$ref'] as string)
      .replace(/^#\//, '')
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    n = asObject(parts.reduce<unknown>((acc, key) => asObject(acc)[key], doc));
  }
  return n;
}

/** The set of JSON types a schema admits (`integer` counts as a `number`), undefined when it does not say. */
function typesOf(s: Schema): Set<string> | undefined {
  const types = asArray(s['type']).map(String);
  if (types.length === 0) return undefined;
  return new Set(types);
}

export class OpenApiDiff {
  private readonly changes = new Set<string>();
  /** component pairs already compared at a location-independent level (`Name|Name|direction`) */
  private readonly seen = new Set<string>();

  constructor(
    private readonly before: OpenApiDocument,
    private readonly after: OpenApiDocument,
  ) {}

  run(): BreakingChange[] {
    const beforePaths = this.before.paths ?? {};
    const afterPaths = this.after.paths ?? {};
    for (const [path, beforeItem] of Object.entries(beforePaths)) {
      const afterItem = afterPaths[path];
      if (!afterItem) {
        this.report(`${path}: path removed`);
        continue;
      }
      for (const method of METHODS.filter((m) => beforeItem[m])) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!afterItem[method]) this.report(`${where}: operation removed`);
        else this.operation(where, beforeItem, afterItem, method);
      }
    }
    return [...this.changes].sort().map((id) => ({ id }));
  }

  private report(id: string): void {
    this.changes.add(id);
  }

  private operation(where: string, beforeItem: Schema, afterItem: Schema, method: string): void {
    const b = resolve(this.before, beforeItem[method]);
    const a = resolve(this.after, afterItem[method]);
    this.parameters(where, [...asArray(beforeItem['parameters']), ...asArray(b['parameters'])], [...asArray(afterItem['parameters']), ...asArray(a['parameters'])]);
    this.requestBody(where, b['requestBody'], a['requestBody']);
    this.responses(where, asObject(b['responses']), asObject(a['responses']));
  }

  private parameters(where: string, beforeList: unknown[], afterList: unknown[]): void {
    const index = (doc: OpenApiDocument, list: unknown[]) => new Map(list.map((p) => resolve(doc, p)).map((p) => [`${String(p['in'])} ${String(p['name'])}`, p]));
    const before = index(this.before, beforeList);
    const after = index(this.after, afterList);
    for (const [key, b] of before) {
      const a = after.get(key);
      if (!a) this.report(`${where}: ${key} parameter removed`);
      else {
        if (a['required'] === true && b['required'] !== true) this.report(`${where}: ${key} parameter made required`);
        this.schema(`${where}: ${key} parameter`, '', b['schema'], a['schema'], 'request');
      }
    }
    for (const [key, a] of after) {
      if (!before.has(key) && a['required'] === true) this.report(`${where}: required ${key} parameter added`);
    }
  }

  private requestBody(where: string, beforeBody: unknown, afterBody: unknown): void {
    const b = resolve(this.before, beforeBody);
    const a = resolve(this.after, afterBody);
    if (afterBody === undefined) return; // a body no longer read is ignored by the API
    if (beforeBody === undefined) {
      if (a['required'] === true) this.report(`${where}: required request body added`);
      return;
    }
    if (a['required'] === true && b['required'] !== true) this.report(`${where}: request body made required`);
    const bContent = asObject(b['content']);
    const aContent = asObject(a['content']);
    for (const [media, bMedia] of Object.entries(bContent)) {
      const aMedia = aContent[media];
      if (!aMedia) this.report(`${where}: request body ${media} removed`);
      else this.schema(`${where}: request body ${media}`, '', asObject(bMedia)['schema'], asObject(aMedia)['schema'], 'request');
    }
  }

  private responses(where: string, before: Schema, after: Schema): void {
    for (const [status, bNode] of Object.entries(before)) {
      if (!/^2/.test(status)) continue; // problem+json answers share one schema, checked where it is defined
      const aNode = after[status];
      if (!aNode) {
        this.report(`${where}: response ${status} removed`);
        continue;
      }
      const bContent = asObject(resolve(this.before, bNode)['content']);
      const aContent = asObject(resolve(this.after, aNode)['content']);
      for (const [media, bMedia] of Object.entries(bContent)) {
        const aMedia = aContent[media];
        if (!aMedia) this.report(`${where}: response ${status} ${media} removed`);
        else this.schema(`${where}: response ${status} ${media}`, '', asObject(bMedia)['schema'], asObject(aMedia)['schema'], 'response');
      }
    }
  }

  /** Compares two schemas at `pointer` below `where` (a JSON pointer into the instance: `/items/[]/name`). */
  private schema(where: string, pointer: string, beforeNode: unknown, afterNode: unknown, direction: Direction): void {
    if (beforeNode === undefined || afterNode === undefined) return;
    const bName = refName(asObject(beforeNode));
    const aName = refName(asObject(afterNode));
    if (bName && aName) {
      // the same component compared once per direction, and reported under its own name (not under every operation)
      const key = `${bName}|${aName}|${direction}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      where = bName === aName ? `schema ${bName} (${direction})` : `schema ${bName} → ${aName} (${direction})`;
      pointer = '';
    }
    const b = resolve(this.before, beforeNode);
    const a = resolve(this.after, afterNode);
    const at = `${where}${pointer ? ` ${pointer}` : ''}`;
    this.types(at, b, a, direction);
    this.enums(at, b, a, direction);
    this.constraints(at, b, a);
    this.properties(where, pointer, b, a, direction);
    if (b['items'] !== undefined && a['items'] !== undefined) this.schema(where, `${pointer}/[]`, b['items'], a['items'], direction);
    const bAdditional = b['additionalProperties'];
    const aAdditional = a['additionalProperties'];
    if (typeof bAdditional === 'object' && typeof aAdditional === 'object') this.schema(where, `${pointer}/*`, bAdditional, aAdditional, direction);
  }

  private types(at: string, b: Schema, a: Schema, direction: Direction): void {
    const bTypes = typesOf(b);
    const aTypes = typesOf(a);
    const label = (ts: string[]) => ts.map((t) => (t === 'null' ? 'null' : `type ${t}`)).join(', ');
    if (bTypes && aTypes) {
      const admits = (set: Set<string>, t: string) => set.has(t) || (t === 'integer' && set.has('number'));
      const removed = [...bTypes].filter((t) => !admits(aTypes, t));
      const added = [...aTypes].filter((t) => !admits(bTypes, t));
      if (removed.length) this.report(`${at}: ${label(removed)} removed`);
      if (added.length && direction === 'response') this.report(`${at}: ${label(added)} added`);
    } else if (!bTypes && aTypes) {
      this.report(`${at}: narrowed to ${label([...aTypes])}`);
    } else if (bTypes && !aTypes && direction === 'response') {
      this.report(`${at}: ${label([...bTypes])} no longer stated (any value may come)`);
    }
  }

  private enums(at: string, b: Schema, a: Schema, direction: Direction): void {
    const bValues = b['const'] !== undefined ? [b['const']] : Array.isArray(b['enum']) ? (b['enum'] as unknown[]) : undefined;
    const aValues = a['const'] !== undefined ? [a['const']] : Array.isArray(a['enum']) ? (a['enum'] as unknown[]) : undefined;
    if (bValues && aValues) {
      const kept = new Set(aValues.map(show));
      for (const v of bValues) if (!kept.has(show(v))) this.report(`${at}: enum value ${show(v)} removed`);
    } else if (!bValues && aValues) {
      this.report(`${at}: narrowed to enum ${aValues.map(show).join(' | ')}`);
    } else if (bValues && !aValues && direction === 'response') {
      this.report(`${at}: enum ${bValues.map(show).join(' | ')} dropped (any value may come)`);
    }
  }

  private constraints(at: string, b: Schema, a: Schema): void {
    for (const key of ['format', 'pattern']) {
      if (a[key] !== undefined && a[key] !== b[key]) this.report(`${at}: ${key} ${b[key] === undefined ? 'added' : 'changed'} (${show(a[key])})`);
    }
    for (const key of LOWER_BOUNDS) {
      const bv = b[key];
      const av = a[key];
      if (typeof av === 'number' && (typeof bv !== 'number' || av > bv)) this.report(`${at}: ${key} raised to ${av}`);
    }
    for (const key of UPPER_BOUNDS) {
      const bv = b[key];
      const av = a[key];
      if (typeof av === 'number' && (typeof bv !== 'number' || av < bv)) this.report(`${at}: ${key} lowered to ${av}`);
    }
  }

  private properties(where: string, pointer: string, b: Schema, a: Schema, direction: Direction): void {
    const bProps = asObject(b['properties']);
    const aProps = asObject(a['properties']);
    const bRequired = new Set(asArray(b['required']).map(String));
    const aRequired = new Set(asArray(a['required']).map(String));
    const at = (name: string) => `${where} ${pointer}/${name}`;
    for (const [name, bProp] of Object.entries(bProps)) {
      const aProp = aProps[name];
      if (aProp === undefined) {
        this.report(`${at(name)}: property removed`);
        continue;
      }
      if (direction === 'request' && aRequired.has(name) && !bRequired.has(name)) this.report(`${at(name)}: made required`);
      if (direction === 'response' && bRequired.has(name) && !aRequired.has(name)) this.report(`${at(name)}: no longer required`);
      this.schema(where, `${pointer}/${name}`, bProp, aProp, direction);
    }
    if (direction === 'request') {
      for (const name of Object.keys(aProps)) {
        if (!(name in bProps) && aRequired.has(name)) this.report(`${at(name)}: required property added`);
      }
    }
  }
}

/** The breaking changes from `before` to `after`, sorted by id. */
export function breakingChanges(before: OpenApiDocument, after: OpenApiDocument): BreakingChange[] {
  return new OpenApiDiff(before, after).run();
}
