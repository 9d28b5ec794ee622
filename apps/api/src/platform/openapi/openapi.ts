import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { FISCAL_CODE_PATTERN, PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';

/**
 * The OpenAPI 3 document, generated from the controllers; DTO and response schemas come from the same
 * class-validator decorators that validate requests (libs/contracts), so the document cannot drift.
 */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('OpenCPI API')
    .setDescription('Platform of the Centri per l\'Impiego. Errors are application/problem+json (RFC 9457) with a stable `code`.')
    .setVersion(version)
    .addCookieAuth('opencpi_sid')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }, 'csrf')
    .build();
  const doc = SwaggerModule.createDocument(app, config);
  const schemas = validationMetadatasToSchemas({
    classValidatorMetadataStorage: getMetadataStorage(),
    refPointerPrefix: '#/components/schemas/',
    additionalConverters: {
      isFiscalCode: { type: 'string', pattern: FISCAL_CODE_PATTERN.source, description: 'codice fiscale (with check character)' },
    },
  });
  doc.components = doc.components ?? {};
  doc.components.schemas = { ...(doc.components.schemas ?? {}), ...(schemas as Record<string, object>) };
  doc.components.schemas['Problem'] = {
    type: 'object',
    required: ['type', 'title', 'status', 'code', 'correlationId'],
    properties: {
      type: { type: 'string', format: 'uri' }, title: { type: 'string' }, status: { type: 'integer', format: 'int32' },
      detail: { type: 'string' }, instance: { type: 'string' }, code: { type: 'string' }, correlationId: { type: 'string' },
      errors: { type: 'array', items: { type: 'object', properties: { pointer: { type: 'string' }, detail: { type: 'string' }, constraint: { type: 'string' } } } },
    },
  };
  // Every operation may answer a problem: declare it once for all (AgID BLOCK_REST).
  for (const path of Object.values(doc.paths)) {
    for (const op of Object.values(path) as { responses?: Record<string, unknown> }[]) {
      if (!op || typeof op !== 'object' || !('responses' in op)) continue;
      op.responses = op.responses ?? {};
      op.responses['default'] = { description: 'Error (RFC 9457 problem details)', content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } } };
    }
  }
  return doc;
}

export function mountOpenApi(app: INestApplication, version: string): OpenAPIObject {
  const doc = buildOpenApiDocument(app, version);
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/openapi.json', yamlDocumentUrl: 'api/openapi.yaml', useGlobalPrefix: false });
  return doc;
}
