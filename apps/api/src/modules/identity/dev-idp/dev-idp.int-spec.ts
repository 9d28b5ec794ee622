import request from 'supertest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { startLogin } from '../../../../test/saml-login';

describe('development IdP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the test identities for a signed request', async () => {
    const { idpPath } = await startLogin(t.app.getHttpServer());
    const page = await request(t.app.getHttpServer()).get(idpPath);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.text).toContain('<html lang="it">');
    for (const name of ['Mario Rossi', 'Luca Verdi', 'Paolo Colombo', 'Sara Ricci', 'Davide Marino', 'Laura Greco']) expect(page.text).toContain(`Entra come ${name}`);
  });

  it('refuses a request whose signature does not verify', async () => {
    const { idpPath } = await startLogin(t.app.getHttpServer());
    const tampered = idpPath.replace(/Signature=[^&]+/, 'Signature=AAAA');
    const res = await request(t.app.getHttpServer()).get(tampered);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DEV_IDP_REQUEST_INVALID');
  });

  it('is not served when DEV_IDP=false', async () => {
    const off = await startTestApp({ DEV_IDP: 'false' });
    try {
      const res = await request(off.app.getHttpServer()).get('/api/dev-idp/spid/metadata');
      expect(res.status).toBe(404);
      const idps = await request(off.app.getHttpServer()).get('/api/auth/idps');
      expect(idps.body.items).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
