import request from 'supertest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { InvitationsService } from '../invitations/invitations.service';
import { createDemoLinks, DEMO_LINKS_REFUSED } from './demo-links';

/**
 * `cli.js demo-links`: links that open the citizen SPA's no-login pages with data, on the demo data (the test
 * template is seeded with the demo registry and agenda by the global setup). Each answers through the public API.
 */
describe('agenda: demo links', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 60_000);
  afterAll(() => t?.close());
  const http = () => t.app.getHttpServer();
  const invitationCount = async () => Number(((await t.db.query(`SELECT count(*) AS n FROM agenda.invitations`)) as { n: string }[])[0]!.n);

  it('an invitation for Fatima with free slots, and the recall of an appointment booked ahead', async () => {
    const links = await createDemoLinks(t.db, t.env);
    expect(links.invitation).toMatch(/^\/invito\/[^/]+$/);
    expect(links.recall).toMatch(/^\/presenza\/[0-9a-f-]{36}\/[^/]+$/);

    const token = links.invitation.split('/')[2]!;
    const [row] = (await t.db.query(`SELECT id FROM agenda.invitations WHERE status = 'sent' ORDER BY created_at DESC LIMIT 1`)) as { id: string }[];
    expect(t.app.get(InvitationsService).tokenOf(row!.id)).toBe(token); // the token the API itself would have sent
    const invitation = await request(http()).get(`/api/public/invitations/${token}`);
    expect(invitation.status).toBe(200);
    expect(invitation.body).toMatchObject({ status: 'sent', givenName: 'Fatima', serviceType: 'prima-accoglienza', officeName: "Centro per l'Impiego di Torino" });
    expect(invitation.body.slots.length).toBeGreaterThan(0);
    const days = (new Date(invitation.body.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(7);
    expect(days).toBeLessThanOrEqual(8);

    const [, , appointmentId, signature] = links.recall.split('/');
    const recall = await request(http()).get(`/api/public/appointments/${appointmentId}/recall/${signature}`);
    expect(recall.status).toBe(200);
    expect(recall.body.givenName).toBe('Mario'); // the template has no appointment: one was booked for Mario Rossi
    expect(recall.body.answerable).toBe(true);
    expect(recall.body.appointment).toMatchObject({ id: appointmentId, status: 'booked', serviceType: 'prima-accoglienza' });
    expect(new Date(recall.body.appointment.startsAt).getTime()).toBeGreaterThan(Date.now());
  });

  it('run again: a new invitation, the same appointment (no booking piles up)', async () => {
    const first = await createDemoLinks(t.db, t.env);
    const second = await createDemoLinks(t.db, t.env);
    expect(second.invitation).not.toBe(first.invitation);
    expect(second.recall).toBe(first.recall);
    const [{ n }] = (await t.db.query(`SELECT count(*) AS n FROM agenda.appointments WHERE status = 'booked'`)) as [{ n: string }];
    expect(Number(n)).toBe(1);
  });

  it('refused with NODE_ENV=production, nothing written', async () => {
    const before = await invitationCount();
    await expect(createDemoLinks(t.db, { ...t.env, NODE_ENV: 'production' })).rejects.toThrow(DEMO_LINKS_REFUSED);
    expect(await invitationCount()).toBe(before);
  });
});
