import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';

describe('platform: status, errors, OpenAPI, rate limiting, headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '8', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '8' });
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('answers /api/status with problem+json and the database state', async () => {
    const res = await request(http()).get('/api/status').set('X-Forwarded-For', '10.0.0.1');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(res.text)).toMatchObject({ status: 200, title: 'OK', checks: { database: 'up' } });
  });

  it('answers unknown routes with problem+json 404 and a correlation id', async () => {
    const res = await request(http()).get('/api/nope').set('X-Correlation-Id', 'test-correlation-0001');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', status: 404, correlationId: 'test-correlation-0001' });
    expect(res.headers['x-correlation-id']).toBe('test-correlation-0001');
  });

  it('answers malformed JSON with 400 problem+json, never 500', async () => {
    const res = await request(http()).post('/api/auth/spid/acs').set('Content-Type', 'application/json').send('{"SAMLResponse":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('validates the ACS form and names the field', async () => {
    const res = await request(http()).post('/api/auth/spid/acs').type('form').send({ SAMLResponse: '<not base64>' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/SAMLResponse');
  });

  it('sets security headers', async () => {
    const res = await request(http()).get('/api/auth/idps');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('publishes the OpenAPI document with schemas from the shared DTOs', async () => {
    const res = await request(http()).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(res.body.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/status', '/api/auth/spid/acs', '/api/operator/registry/citizens/{citizenId}']));
    expect(res.body.components.schemas.CitizenProfileResponse.properties.fiscalCode).toBeDefined();
    expect(res.body.paths['/api/operator/registry/citizens'].get.parameters.find((p: { name: string }) => p.name === 'fiscalCode').schema.pattern).toBeDefined();
    expect(res.body.components.schemas.Problem.required).toContain('correlationId');
    const docs = await request(http()).get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });

  it('rate-limits with X-RateLimit headers and a 429 problem with Retry-After', async () => {
    let last: request.Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await request(http()).get('/api/auth/idps').set('Cookie', 'opencpi_sid=rate-limit-probe');
      if (i === 0) {
        expect(last.headers['x-ratelimit-limit']).toBe('8');
        expect(Number(last.headers['x-ratelimit-remaining'])).toBeLessThan(8);
        expect(Number(last.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
      }
    }
    expect(last?.status).toBe(429);
    expect(last?.headers['content-type']).toContain('application/problem+json');
    expect(last?.body.code).toBe('RATE_LIMITED');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
