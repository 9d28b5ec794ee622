import request from 'supertest';
import { directSession, type DirectSession } from '../../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { companyIdByName } from '../../registry/registry.test-kit';

const LAURA = 'GRCLRA80S48L219S'; // member of Officine Subalpine (main site Torino)
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino: its company desk
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const MARIO = 'RSSMRA85T10L219G'; // citizen

describe('dossier: a company’s secure messages with its CPI’s company desk', () => {
  let t: TestApp;
  let laura: DirectSession;
  let luca: DirectSession;
  let companyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [laura, luca] = await Promise.all([directSession(t.app, LAURA), directSession(t.app, LUCA)]);
    companyId = await companyIdByName(t, 'Officine Subalpine S.r.l.');
  });
  afterAll(() => t.close());
  const get = (s: DirectSession, path: string) => request(t.app.getHttpServer()).get(path).set('Cookie', s.cookie);
  const post = (s: DirectSession, path: string, body?: object) => request(t.app.getHttpServer()).post(path).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);

  it('exchanges messages with read receipts between the company and the desk of its CPI, audited', async () => {
    const sent = await post(laura, `/api/employer/dossier/companies/${companyId}/messages`, { body: 'Vorremmo un incontro per le assunzioni di gennaio.' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ senderRole: 'company', senderName: 'Laura Greco' });
    const reply = await post(luca, `/api/operator/dossier/companies/${companyId}/messages`, { body: 'Certo: vi proponiamo martedì alle 10.' });
    expect(reply.body.senderRole).toBe('operator');

    const thread = await get(luca, `/api/operator/dossier/companies/${companyId}/messages`);
    expect(thread.body.items.map((m: { body: string }) => m.body)).toEqual(['Vorremmo un incontro per le assunzioni di gennaio.', 'Certo: vi proponiamo martedì alle 10.']);
    // a side cannot mark its own message read; the other side can, once
    expect((await post(luca, `/api/operator/dossier/companies/${companyId}/messages/${reply.body.id}/read`)).body.readAt).toBeUndefined();
    const read = await post(laura, `/api/employer/dossier/companies/${companyId}/messages/${reply.body.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const audited = await t.db.query(`SELECT action FROM audit.audit_events WHERE action LIKE 'dossier.company-message%' ORDER BY id`);
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'dossier.company-message.sent',
      'dossier.company-message.sent',
      'dossier.company-messages.read',
      'dossier.company-message.read',
    ]);
    // the company's messages never join a person's thread
    expect((await t.db.query(`SELECT count(*)::int AS n FROM dossier.messages WHERE company_id = $1 AND citizen_id IS NULL`, [companyId]))[0].n).toBe(2);
  });

  it('refuses another office, a citizen, and a message that belongs to nobody', async () => {
    const anna = await directSession(t.app, ANNA);
    expect((await get(anna, `/api/operator/dossier/companies/${companyId}/messages`)).status).toBe(404);
    expect((await post(anna, `/api/operator/dossier/companies/${companyId}/messages`, { body: 'Ciao' })).status).toBe(404);
    expect((await get(await directSession(t.app, MARIO), `/api/employer/dossier/companies/${companyId}/messages`)).status).toBe(403);
    const empty = await post(laura, `/api/employer/dossier/companies/${companyId}/messages`, { body: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].pointer).toBe('/body');
    await expect(t.db.query(`INSERT INTO dossier.messages (sender_role, sender_fiscal_code, sender_name, body) VALUES ('operator', $1, 'x', 'orfano')`, [LUCA])).rejects.toThrow(
      /dossier_messages_owner_check/,
    );
  });
});
