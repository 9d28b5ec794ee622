import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { API_VERSION } from '../src/bootstrap';
import { buildOpenApiDocument } from '../src/platform/openapi/openapi';
import { OpenApiResponseValidator, type OpenApiDoc, type RecordedResponse } from './openapi-validator';

/** Not API operations: the document itself, the docs page, the development IdP and mailbox. */
const NOT_OPERATIONS = /^\/api\/(docs|openapi\.(json|yaml)|dev-idp|dev-mailbox)(\/|$)|^\/(?!api\/)/;
const MAX_BODY = 1_000_000;

/**
 * Records every answer the app gives during an integration test file, so that the harness can check them all against
 * the published OpenAPI document when the file ends (the document is generated from the same app).
 */
export function recordResponses(app: INestApplication): { check: () => string[] } {
  const recorded: RecordedResponse[] = [];
  if (process.env['OPENCPI_OPENAPI_CHECK'] === 'off') return { check: () => [] };
  app.use((req: Request, res: Response, next: NextFunction) => {
    const path = req.originalUrl.split('?')[0] ?? '';
    if (NOT_OPERATIONS.test(path) || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_BODY) return;
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
      size += b.length;
      chunks.push(b);
    };
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), write(chunk, ...rest))) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (keep(chunk, rest[0]), end(chunk, ...rest))) as Response['end'];
    res.on('finish', () => {
      if (size > MAX_BODY) return; // files: their media type is checked by the document test, not their bytes
      const contentType = res.getHeader('content-type')?.toString();
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      if (/json/.test(contentType ?? '')) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          body = text;
        }
      }
      recorded.push({ method: req.method.toLowerCase(), path, status: res.statusCode, contentType, body });
    });
    next();
  });
  return {
    check: () => {
      if (recorded.length === 0) return [];
      const validator = new OpenApiResponseValidator(buildOpenApiDocument(app, API_VERSION) as unknown as OpenApiDoc);
      // a request to a route that does not exist is answered 404/405 by design, not an undocumented operation
      return [...new Set(recorded.filter((r) => validator.operationOf(r.method, r.path) || ![404, 405].includes(r.status)).flatMap((r) => validator.check(r)))];
    },
  };
}

/**
 * Answers that contradict the document fail the test file; they are also written to tmp/openapi-check/<file>.json.
 * OPENCPI_OPENAPI_CHECK=report only writes them, =off records nothing.
 */
export function reportUndocumented(problems: string[]): void {
  if (problems.length === 0) return;
  const dir = path.resolve(__dirname, '../../../tmp/openapi-check');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${expect.getState().testPath?.split('/').pop() ?? 'unknown'}.json`), JSON.stringify(problems, null, 2));
  if (process.env['OPENCPI_OPENAPI_CHECK'] === 'report') return;
  throw new Error(`answers that contradict the OpenAPI document:\n  ${problems.slice(0, 30).join('\n  ')}`);
}
