import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DirectSession } from '../../../../test/direct-session';
import type { RouteInput } from '../authz-callers';
import { all, citizen, office, type RouteExpectation } from '../authz-outcomes';

/**
 * Portability (issue 15): the citizen area answers every caller as themselves (Giulia's export is not theirs); the
 * operator routes reach Giulia only from CPI Moncalieri, which no caller serves, and the fixture's import id is no
 * one's; the upload is a PDF, not a bundle (refused, nothing written); the schema and the issuer key are public.
 */
export const PORTABILITY_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/citizen/portability/exports': citizen(400), // an empty body: no locale, nothing queued
  'GET /api/citizen/portability/exports': citizen(200), // the caller's own
  'GET /api/citizen/portability/exports/:exportId': citizen(404), // Giulia's: not the caller's
  'GET /api/citizen/portability/exports/:exportId/bundle': citizen(404),
  'POST /api/operator/portability/imports': office(400), // a PDF is not a bundle: PORTABILITY_BUNDLE_INVALID
  'GET /api/operator/portability/imports': office(200), // imports of the caller's offices (none)
  'GET /api/operator/portability/imports/:importId': office(404),
  'GET /api/operator/portability/imports/:importId/files/:fileId': office(404),
  'GET /api/operator/portability/citizens/:citizenId/imports': office(404), // Giulia is outside the callers' offices
  'GET /api/public/portability/schemas/dossier-v1.json': all(200),
  'GET /api/public/portability/issuer': all(200),
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** What the routes are sent: the import gets a PDF, which is not a bundle. */
export const PORTABILITY_INPUTS: Record<string, RouteInput> = {
  'POST /api/operator/portability/imports': { file: { field: 'file', name: 'prova.pdf', content: PDF } },
};

/** Giulia's export (requested as she would), and ids of no imported dossier and file: the 404 of each role is the point. */
export async function portabilityParams(app: INestApplication, giulia: DirectSession): Promise<{ exportId: string; importId: string; fileId: string }> {
  const res = await request(app.getHttpServer()).post('/api/citizen/portability/exports').set('Cookie', giulia.cookie).set('X-CSRF-Token', giulia.csrf).send({ locale: 'it' });
  if (res.status !== 202) throw new Error(`fixture: the export answered ${res.status} ${JSON.stringify(res.body)}`);
  return { exportId: (res.body as { id: string }).id, importId: '9a000000-0000-4000-8000-000000000001', fileId: '9a000000-0000-4000-8000-000000000002' };
}
