import { DOSSIER_SECTIONS, PORTABILITY_LOCALES } from '@opencpi/contracts';

/** Where the schema is published (GET, public, stable): `${PUBLIC_API_URL}${DOSSIER_SCHEMA_PATH}`. */
export const DOSSIER_SCHEMA_PATH = '/api/public/portability/schemas/dossier-v1.json';
export const DOSSIER_FORMAT = 'opencpi-dossier/1';

const iso = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' };
const uuid = { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' };
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const list = (items: object = { type: 'object' }) => ({ type: 'array', items });
const objectOrNull = { type: ['object', 'null'] };
const str = { type: 'string' };
/** an object with these members (each a string unless given), the others left to the owning module's response shape */
const having = (members: Record<string, object>) => ({ type: 'object', required: Object.keys(members), properties: members });

/**
 * JSON Schema (draft 2020-12) of dossier.json, version 1: the header (who, by whom, when), one member per section as the
 * owning module answers the person (its shapes are those of the OpenAPI document's responses, so the sections' inner
 * members are left open here), and the list of files with their hashes. A bundle's dossier.json is validated against
 * it on export (test) and on import.
 */
export const DOSSIER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:opencpi:portability:dossier:1',
  title: 'OpenCPI worker dossier (GDPR art. 15 and 20)',
  type: 'object',
  required: ['format', 'schema', 'exportId', 'exportedAt', 'issuer', 'person', 'locale', 'sections', 'files'],
  additionalProperties: false,
  properties: {
    format: { const: DOSSIER_FORMAT },
    schema: { type: 'string', minLength: 1 },
    exportId: uuid,
    exportedAt: iso,
    issuer: {
      type: 'object',
      required: ['id', 'name'],
      additionalProperties: false,
      properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string', minLength: 1 } },
    },
    person: {
      type: 'object',
      required: ['fiscalCode', 'givenName', 'familyName'],
      additionalProperties: false,
      properties: { fiscalCode: { type: 'string', pattern: '^[A-Z0-9]{16}$' }, givenName: { type: 'string' }, familyName: { type: 'string' } },
    },
    locale: { enum: [...PORTABILITY_LOCALES] },
    sections: {
      type: 'object',
      required: [...DOSSIER_SECTIONS],
      additionalProperties: false,
      properties: {
        registry: having({ fiscalCode: str, givenName: str, familyName: str }),
        did: having({ history: list(), employmentStatus: { type: 'object' } }),
        profiling: objectOrNull,
        matchingProfile: objectOrNull,
        patti: list(having({ id: str, status: str, versions: list() })),
        plan: having({ items: list() }),
        appointments: list(having({ id: str })),
        conditionality: list(having({ id: str })),
        documents: list(having({ id: str, fileName: str, sha256, path: str })),
        certificates: list(having({ id: str, kind: str, sha256, path: str })),
        credentials: list(having({ id: str })),
        messages: list(having({ id: str, body: str })),
        auditTrail: list(having({ occurredAt: iso, actorRole: str, action: str, outcome: str })),
      },
    },
    files: list({
      type: 'object',
      required: ['path', 'section', 'refId', 'fileName', 'mimeType', 'sha256', 'sizeBytes'],
      additionalProperties: false,
      properties: {
        path: { type: 'string', pattern: '^files/[A-Za-z0-9._/-]+$' },
        section: { enum: ['documents', 'certificates'] },
        refId: { type: 'string' },
        fileName: { type: 'string' },
        mimeType: { type: 'string' },
        sha256,
        sizeBytes: { type: 'integer', minimum: 0 },
      },
    }),
  },
} as const;
