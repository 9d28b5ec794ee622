import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** The parts of an OpenAPI 3.1 document the response check reads. */
export interface OpenApiDoc {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: { name: string; in: string; required?: boolean; schema?: Record<string, unknown> }[];
        requestBody?: unknown;
        responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
        security?: unknown[];
      }
    >
  >;
  components: { schemas: Record<string, unknown>; responses?: Record<string, unknown> };
}

export interface RecordedResponse {
  method: string;
  /** the URL path, without the query */
  path: string;
  status: number;
  contentType: string | undefined;
  body: unknown;
}

const BASE = 'https://opencpi.invalid/openapi.json';

/**
 * Checks real answers against the document: the path and method exist, the status is declared (or `default`), the
 * content type is one of the declared ones and the JSON body matches the schema — with no undeclared property
 * (`additionalProperties: false` is added to every object schema that lists its properties).
 */
export class OpenApiResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  private readonly cache = new Map<string, ValidateFunction>();
  private readonly templates: { method: string; template: string; re: RegExp }[] = [];

  constructor(private readonly doc: OpenApiDoc) {
    addFormats(this.ajv);
    this.ajv.addFormat('uri-reference', true);
    this.ajv.addSchema({ $id: BASE, components: { schemas: closed(doc.components.schemas) } });
    for (const [template, item] of Object.entries(doc.paths)) {
      const re = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      for (const method of Object.keys(item)) this.templates.push({ method, template, re });
    }
  }

  /** The path template of a concrete path (the most specific one: fewest parameters). */
  operationOf(method: string, path: string): string | undefined {
    const hits = this.templates.filter((t) => t.method === method.toLowerCase() && t.re.test(path));
    hits.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
    return hits[0]?.template;
  }

  /** A response object, following a `#/components/responses/…` reference. */
  deref<T>(r: T | { $ref: string } | undefined): T | undefined {
    const ref = (r as { $ref?: string } | undefined)?.$ref;
    return ref ? (this.doc.components.responses?.[ref.split('/').pop() as string] as T | undefined) : (r as T | undefined);
  }

  /** Problems with one answer; empty when it is as documented. */
  check(r: RecordedResponse): string[] {
    const where = `${r.method.toUpperCase()} ${r.path} → ${r.status}`;
    const template = this.operationOf(r.method, r.path);
    if (!template) return [`${where}: no such operation in the document`];
    const op = this.doc.paths[template]?.[r.method.toLowerCase()];
    const declared = this.deref(op?.responses[String(r.status)] ?? op?.responses[`${String(r.status)[0]}XX`] ?? op?.responses['default']);
    if (!declared) return [`${where}: status not declared for ${template}`];
    if (!declared.content)
      return (r.status >= 300 && r.status < 400) || r.body === undefined || r.body === '' || isEmptyObject(r.body) ? [] : [`${where}: a body where the document declares none`];
    const type = (r.contentType ?? '').split(';')[0]?.trim() ?? '';
    const media = declared.content[type];
    if (!media) return [`${where}: content type ${type || '(none)'} not among ${Object.keys(declared.content).join(', ')}`];
    if (!/json$/.test(type) || !media.schema) return [];
    const key = JSON.stringify(media.schema);
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(JSON.parse(key.replace(/"#\/components\//g, `"${BASE}#/components/`)) as object);
      this.cache.set(key, validate);
    }
    if (validate(r.body)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${where}: body${e.instancePath} ${e.message ?? ''} ${e.keyword === 'additionalProperties' ? JSON.stringify(e.params) : ''}`.trim());
  }
}

const isEmptyObject = (v: unknown) => !!v && typeof v === 'object' && Object.keys(v).length === 0;

/** A copy of the schemas where objects that list their properties allow no others. */
function closed(node: unknown): Record<string, unknown> {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (!n || typeof n !== 'object') return n;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, walk(s)])) : walk(v);
    if (out['properties'] && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
    return out;
  };
  return walk(node) as Record<string, unknown>;
}
