import request from 'supertest';
import { directSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { DeliveredEvent } from '../../platform/events/event-consumers';
import { queuedMessages, setPreferredLocale } from '../notifications/notifications.test-kit';
import { citizenIdOf, officeIdsByCode } from '../registry/registry.test-kit';
import { SurveyInvitationConsumer } from './consumers/survey-invitation.consumer';

const GIULIA = 'BNCGLI90A41F335M'; // citizen, CPI Moncalieri
const PATTO = 'Персональна угода про послуги';

/**
 * Surveys in the reader's language (session 23): a Ukrainian reader gets the invitation, the survey's service and its
 * questions in Ukrainian, never in Italian or English; every question set has all five languages (a check).
 */
describe('surveys: in every language a person can choose', () => {
  let t: TestApp;
  let token = '';
  const http = () => t.app.getHttpServer();

  beforeAll(async () => {
    t = await startTestApp();
    const offices = await officeIdsByCode(t);
    await setPreferredLocale(t, GIULIA, 'uk');
    const pattoId = '5a7e0000-0000-4000-8000-0000000000a1';
    const signed = {
      id: '0',
      type: 'patto.signed',
      version: 1,
      aggregateType: 'patto',
      aggregateId: pattoId,
      occurredAt: new Date(),
      payload: {
        pattoId,
        version: 1,
        citizenId: await citizenIdOf(t, GIULIA),
        citizenFiscalCode: GIULIA,
        officeId: offices['CPI-MO']!,
        agencyId: null,
        signedAt: new Date().toISOString(),
      },
    } as DeliveredEvent;
    await t.db.transaction((m) => t.app.get(SurveyInvitationConsumer).handle(signed, m));
    const [survey] = await t.db.query(`SELECT id FROM surveys.invitations WHERE service_ref = $1`, [`${pattoId}:1`]);
    const [message] = await queuedMessages(t, `survey:${survey.id}:%`);
    expect(message).toBeDefined();
    expect(message!.body).toContain(PATTO);
    expect(message!.body).not.toContain('Patto di servizio personalizzato');
    token = /\/valuta\/([a-z0-9]{1,8}\.[A-Za-z0-9_-]{43})/.exec(message!.body)![1]!;
  }, 60_000);
  afterAll(() => t?.close());

  it('the link shows the service and the questions in Ukrainian to a Ukrainian reader', async () => {
    const view = await request(http()).get(`/api/public/surveys/${token}`).set('Accept-Language', 'uk');
    expect(view.status).toBe(200);
    expect(view.body.serviceNames).toMatchObject({ it: 'Patto di servizio personalizzato', uk: PATTO, ro: 'Pactul de servicii personalizat' });
    const texts = view.body.questions.map((q: { texts: Record<string, string> }) => q.texts.uk);
    expect(texts).toEqual(['Чи зрозуміло написана угода про послуги?', 'Чи відповідають заходи угоди вашій ситуації?']);
    for (const q of view.body.questions as { textIt: string; textEn: string; texts: Record<string, string> }[])
      for (const l of ['ar', 'ro', 'uk']) expect([q.textIt, q.textEn]).not.toContain(q.texts[l]);
  });

  it("the person's list names the service in every language", async () => {
    const giulia = await directSession(t.app, GIULIA);
    const mine = await request(http()).get('/api/citizen/surveys').set('Cookie', giulia.cookie).set('Accept-Language', 'uk');
    expect(mine.status).toBe(200);
    expect(mine.body.items.find((s: { serviceKind: string }) => s.serviceKind === 'patto').serviceNames.uk).toBe(PATTO);
  });

  it('every question set has all five languages, and the database refuses one without them', async () => {
    const sets: { questions: Record<string, string>[] }[] = await t.db.query(`SELECT questions FROM surveys.question_sets`);
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const q of sets.flatMap((s) => s.questions)) for (const l of ['it', 'en', 'ar', 'ro', 'uk']) expect(q[l]).toEqual(expect.any(String));
    const italianOnly = JSON.stringify([{ code: 'x', it: 'Tutto bene?', en: 'All good?' }]);
    await expect(
      t.db.query(`INSERT INTO surveys.question_sets (service_kind, version, valid_from, questions) VALUES ('patto', 99, '2099-01-01', $1)`, [italianOnly]),
    ).rejects.toThrow(/question_sets_every_language_check/);
  });
});
