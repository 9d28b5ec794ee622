import request from 'supertest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { loggedInAgent } from '../../../../test/saml-login';
import { citizenIdOf } from '../../registry/registry.test-kit';
import { UNREAD_MESSAGES_READ } from './inbox.service';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen of CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator CPI Moncalieri

describe("dossier: the operator's unread messages (operator home)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();
  const write = async (fiscalCode: string, body: string) => {
    const who = await loggedInAgent(http(), fiscalCode);
    const res = await request(http()).post('/api/citizen/dossier/messages').set('Cookie', who.cookie).set('X-CSRF-Token', who.csrf).send({ body });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const unread = async (fiscalCode: string) => {
    const op = await loggedInAgent(http(), fiscalCode, { app: 'operator' });
    return { op, res: await request(http()).get('/api/operator/dossier/unread-messages').set('Cookie', op.cookie) };
  };

  it('lists only the people of my offices who wrote, with the unread count, until the CPI reads them; audited', async () => {
    await write(MARIO, 'Buongiorno, ho una domanda.');
    const second = await write(MARIO, 'Potete richiamarmi?');
    await write(GIULIA, 'Salve');
    const marioId = await citizenIdOf(t, MARIO);

    const { op: luca, res } = await unread(LUCA);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({ kind: 'citizen', id: marioId, name: 'Mario Rossi', fiscalCode: MARIO, unread: 2 })]);
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit.audit_events WHERE action = $1 AND subject_fiscal_code = $2`, [UNREAD_MESSAGES_READ, MARIO]);
    expect(audited[0].n).toBe(1);
    // Anna (CPI Moncalieri) sees Giulia, not Mario
    const anna = await unread(ANNA);
    expect(anna.res.body.items.map((i: { fiscalCode: string }) => i.fiscalCode)).toEqual([GIULIA]);

    await request(http()).post(`/api/operator/dossier/citizens/${marioId}/messages/${second}/read`).set('Cookie', luca.cookie).set('X-CSRF-Token', luca.csrf).expect(201);
    const after = await request(http()).get('/api/operator/dossier/unread-messages').set('Cookie', luca.cookie);
    expect(after.body.items[0]).toMatchObject({ id: marioId, unread: 1 });
  });

  it('refuses citizens (403) and anonymous callers (401)', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    expect((await request(http()).get('/api/operator/dossier/unread-messages').set('Cookie', mario.cookie)).status).toBe(403);
    expect((await request(http()).get('/api/operator/dossier/unread-messages')).status).toBe(401);
  });
});
