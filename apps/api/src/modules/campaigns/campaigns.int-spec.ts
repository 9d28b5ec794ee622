import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { eventually } from '../../../test/eventually';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { addDays, romeToInstant, todayRome } from '../../platform/time/rome-time';
import { citizenSessions } from '../agenda/booking.test-kit';
import { queuedMessage, queuedMessages, setNonMandatoryOptOut, setPreferredLocale } from '../notifications/notifications.test-kit';
import { NotificationsService } from '../notifications/notifications.service';
import { did } from '../patto/patto.test-kit';
import { citizenIdOf, citizenOfficeId, officeIdsByCode } from '../registry/registry.test-kit';
import { variantOf } from './domain/variant';
import { CampaignSenderService } from './sending/campaign-sender.service';

const PAOLO = 'CLMPLA70E20C627O'; // cpi_manager, CPI Torino
const SARA = 'RCCSRA75H60E379W'; // region_admin
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino

/**
 * Outreach campaigns (issue 16) through HTTP on real PostgreSQL: the segment's size before sending, the recipients
 * frozen at launch (opted-out people excluded), the daily cap over two simulated days (the sender takes `now`), the
 * funnel on a small fixed set, and the managers' scope.
 */
describe('campaigns: segments, bulk sending within a window and a cap, funnel', () => {
  let t: TestApp;
  let paolo: DirectSession;
  let sara: DirectSession;
  let luca: DirectSession;
  let to: string;
  let mo: string;
  /** seeded citizens of CPI Torino with a DID just filed (no patto) */
  let torino: string[];
  let late: { cookie: string; csrf: string; fiscalCode: string } | undefined;
  const http = () => t.app.getHttpServer();
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const get = (a: DirectSession, url: string) => request(http()).get(url).set('Cookie', a.cookie);
  const tomorrow = () => addDays(todayRome(), 1);
  const at = (day: string, time: string) => romeToInstant(day, time) as Date;
  const campaign = (over: Record<string, unknown> = {}) => ({
    name: 'DID senza patto',
    officeId: to,
    segment: { kind: 'did_without_patto', olderThanDays: 0 },
    channel: 'email',
    kind: 'invitation',
    serviceType: 'prima-accoglienza',
    withinDays: 10,
    // the window starts tomorrow: the real job (at launch and every 5 minutes) finds it closed, the test simulates the days
    startDate: tomorrow(),
    endDate: addDays(tomorrow(), 3),
    sendFrom: '09:00',
    sendUntil: '18:00',
    dailyCap: 2,
    variants: [
      { subjectIt: 'Ti aspettiamo', subjectEn: 'We are waiting for you', bodyIt: 'Prenota il primo colloquio.', bodyEn: 'Book your first interview.' },
      { subjectIt: 'Un posto per te', subjectEn: 'A place for you', bodyIt: 'Scegli quando venire al CPI.', bodyEn: 'Choose when to come to the centre.' },
    ],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    [paolo, sara, luca] = await Promise.all([directSession(t.app, PAOLO), directSession(t.app, SARA), directSession(t.app, LUCA)]);
    const offices = await officeIdsByCode(t);
    to = offices['CPI-TO']!;
    mo = offices['CPI-MO']!;
    torino = [];
    for (const s of await citizenSessions(t, 60)) {
      if ((await citizenOfficeId(t.db, s.fiscalCode)) !== to) continue;
      if (torino.length === 5) {
        late = s; // files a DID after the launch
        break;
      }
      expect((await post(s, '/api/citizen/patto/did', did)).status).toBe(201);
      torino.push(s.fiscalCode);
    }
    expect(torino.length).toBe(5);
  }, 120_000);
  afterAll(() => t.close());

  it('previews the segment size, leaves out who opted out, freezes the recipients at launch and keeps the daily cap over two days', async () => {
    const segment = { officeId: to, segment: { kind: 'did_without_patto', olderThanDays: 0 } };
    expect((await post(paolo, '/api/operator/campaigns/segment-preview', segment)).body).toEqual({ size: 5, optedOut: 0 });
    expect((await post(paolo, '/api/operator/campaigns/segment-preview', { ...segment, segment: { kind: 'did_without_patto', olderThanDays: 30 } })).body).toEqual({
      size: 0,
      optedOut: 0,
    });
    const optedOut = torino[0]!;
    await setNonMandatoryOptOut(t, optedOut);
    expect((await post(paolo, '/api/operator/campaigns/segment-preview', segment)).body).toEqual({ size: 4, optedOut: 1 });

    const created = await post(paolo, '/api/operator/campaigns', campaign());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', previewSize: 4, abTest: true, officeId: to });
    await setNonMandatoryOptOut(t, torino[1]!); // opts out after the preview, before the launch: left out too
    const launched = await post(paolo, `/api/operator/campaigns/${created.body.id}/launch`);
    expect(launched.status).toBe(200);
    expect(launched.body).toMatchObject({ status: 'running', launchSize: 3 });
    expect((await post(paolo, `/api/operator/campaigns/${created.body.id}/launch`)).status).toBe(409);

    const sender = t.app.get(CampaignSenderService);
    const day1 = tomorrow();
    const day2 = addDays(day1, 1);
    expect(await sender.sendDay(created.body.id, at(todayRome(), '10:00'))).toBe(0); // before the window
    expect(await sender.sendDay(created.body.id, at(day1, '08:59'))).toBe(0); // before the daily hours
    expect(await sender.sendDay(created.body.id, at(day1, '10:00'))).toBe(2);
    expect(await sender.sendDay(created.body.id, at(day1, '11:00'))).toBe(0); // the cap holds for the rest of the day
    expect(await sender.sendDay(created.body.id, at(day2, '09:00'))).toBe(1);
    const done = await get(paolo, `/api/operator/campaigns/${created.body.id}`);
    expect(done.body.status).toBe('completed');

    // the people invited are exactly the frozen recipients: the segment at launch minus the two who opted out
    const invitations = await get(paolo, `/api/operator/agenda/invitations?officeId=${to}`);
    const invited = invitations.body.items.map((i: { citizenFiscalCode: string }) => i.citizenFiscalCode).sort();
    expect(invited).toEqual(torino.slice(2).sort());
    const messages = await queuedMessages(t, `campaign:${created.body.id}:%`);
    expect(messages).toHaveLength(3);
    expect(messages.every((m) => m.body.includes('/invito/'))).toBe(true);

    // a DID filed after the launch joins the segment but not the campaign
    expect((await post(late!, '/api/citizen/patto/did', did)).status).toBe(201);
    expect((await post(paolo, '/api/operator/campaigns/segment-preview', segment)).body).toEqual({ size: 4, optedOut: 2 });
    expect((await get(paolo, `/api/operator/campaigns/${created.body.id}`)).body.launchSize).toBe(3);
  });

  it('counts the funnel per variant: sent → delivered → opened link → booked → attended', async () => {
    const list = await get(paolo, '/api/operator/campaigns');
    const id = list.body.items[0].id as string;
    const messages = await eventually(async () => {
      const all = await queuedMessages(t, `campaign:${id}:%`);
      return all.every((m) => m.status === 'sent') ? all : null;
    });
    // one provider receipt says a message failed: it is sent but not delivered
    const notifications = t.app.get(NotificationsService);
    const [failedDelivery] = await notifications.deliveriesFor(`campaign:${id}:`);
    await notifications.recordReceipt(failedDelivery!.id, 'email', 'failed', new Date(), null, 'mailbox full');
    // two people open their link, one of them books
    const tokens = messages.map((m) => /\/invito\/([^\s]+)/.exec(m.body)![1]!);
    const view = await request(http()).get(`/api/public/invitations/${tokens[0]}`);
    expect(view.status).toBe(200);
    expect((await request(http()).get(`/api/public/invitations/${tokens[0]}`)).status).toBe(200); // opened twice: counted once
    expect((await request(http()).get(`/api/public/invitations/${tokens[1]}`)).status).toBe(200);
    const booked = await request(http()).post(`/api/public/invitations/${tokens[0]}/appointment`).send({ slotId: view.body.slots[0].id, channel: 'in_person' });
    expect(booked.status).toBe(200);

    const funnel = await get(paolo, `/api/operator/campaigns/${id}/funnel`);
    expect(funnel.status).toBe(200);
    expect(funnel.body.total).toEqual({ variant: 'all', recipients: 3, sent: 3, delivered: 2, opened: 2, booked: 1, attended: 0 });
    const byKey = (v: string) => messages.filter((m) => m.key.startsWith(`campaign:${id}:${v}:`)).length;
    expect(funnel.body.variants.map((v: { variant: string; sent: number }) => [v.variant, v.sent])).toEqual([
      ['A', byKey('A')],
      ['B', byKey('B')],
    ]);
    // the variant is the deterministic one of each person
    for (const m of messages) {
      const [, , variant, citizenId] = m.key.split(':'); // campaign:<id>:<variant>:<person>:<channel>
      expect(variantOf(id, citizenId!, 2)).toBe(variant);
    }
  });

  it('keeps each manager to their offices; an operator has no campaigns', async () => {
    const segment = { officeId: mo, segment: { kind: 'unanswered_invitation', sentWithinDays: 30 } };
    const foreign = await post(paolo, '/api/operator/campaigns/segment-preview', segment);
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('OFFICE_NOT_SERVED');
    expect((await post(sara, '/api/operator/campaigns/segment-preview', segment)).body).toEqual({ size: 0, optedOut: 0 });
    const theirs = await post(
      sara,
      '/api/operator/campaigns',
      campaign({ officeId: mo, kind: 'information', serviceType: undefined, withinDays: undefined, variants: [campaign().variants[0]] }),
    );
    expect(theirs.status).toBe(201);
    expect(theirs.body).toMatchObject({ kind: 'information', abTest: false });
    expect((await get(paolo, `/api/operator/campaigns/${theirs.body.id}`)).status).toBe(404);
    expect((await get(paolo, `/api/operator/campaigns/${theirs.body.id}/funnel`)).status).toBe(404);
    expect((await post(paolo, `/api/operator/campaigns/${theirs.body.id}/launch`)).status).toBe(404);
    expect((await get(paolo, '/api/operator/campaigns')).body.items.map((c: { officeId: string }) => c.officeId)).not.toContain(mo);
    expect((await get(sara, '/api/operator/campaigns')).body.items.map((c: { officeId: string }) => c.officeId)).toEqual(expect.arrayContaining([to, mo]));
    expect((await get(luca, '/api/operator/campaigns')).status).toBe(403);
    expect((await post(luca, '/api/operator/campaigns/segment-preview', { officeId: to, segment: segment.segment })).status).toBe(403);
    // an empty segment cannot be launched
    expect((await post(sara, `/api/operator/campaigns/${theirs.body.id}/launch`)).status).toBe(422);
  });

  it('names the wrong field of a campaign, inside a transaction', async () => {
    const window = await post(paolo, '/api/operator/campaigns', campaign({ endDate: addDays(tomorrow(), -2) }));
    expect(window.status).toBe(400);
    expect(window.body).toMatchObject({ code: 'CAMPAIGN_WINDOW_INVALID', errors: [{ pointer: '/endDate' }] });
    const noService = await post(paolo, '/api/operator/campaigns', campaign({ serviceType: undefined }));
    expect(noService.status).toBe(400);
    expect(noService.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/serviceType');
    const unknown = await post(paolo, '/api/operator/campaigns', campaign({ serviceType: 'nessuno' }));
    expect(unknown.body.code).toBe('SERVICE_TYPE_UNKNOWN');
    const hours = await post(paolo, '/api/operator/campaigns', campaign({ sendFrom: '18:00', sendUntil: '09:00' }));
    expect(hours.body.errors[0].pointer).toBe('/sendUntil');
    const three = await post(paolo, '/api/operator/campaigns', campaign({ variants: [...campaign().variants, campaign().variants[0]] }));
    expect(three.status).toBe(400);
    expect(three.body.errors[0].pointer).toBe('/variants');
  });

  it('sends a message written in Ukrainian to a Ukrainian reader, and English to an Arabic reader when no Arabic was written', async () => {
    const uk = { subjectUk: 'Чекаємо на вас', bodyUk: 'Запишіться на першу співбесіду в центрі.' };
    const information = { kind: 'information', serviceType: undefined, withinDays: undefined, dailyCap: 10 };
    const created = await post(paolo, '/api/operator/campaigns', campaign({ ...information, name: 'Anche in ucraino', variants: [{ ...campaign().variants[0], ...uk }] }));
    expect(created.status).toBe(201);
    expect(created.body.variants[0]).toMatchObject({ ...uk, languages: ['it', 'en', 'uk'] });
    expect(created.body.variants[0]).not.toHaveProperty('subjectAr');
    expect((await get(paolo, `/api/operator/campaigns/${created.body.id}`)).body.variants[0].languages).toEqual(['it', 'en', 'uk']);

    const [ukReader, arReader, itReader] = torino.slice(2);
    await setPreferredLocale(t, ukReader!, 'uk');
    await setPreferredLocale(t, arReader!, 'ar');
    expect((await post(paolo, `/api/operator/campaigns/${created.body.id}/launch`)).status).toBe(200);
    expect(await t.app.get(CampaignSenderService).sendDay(created.body.id, at(tomorrow(), '10:00'))).toBeGreaterThanOrEqual(3);
    const bodyOf = async (fiscalCode: string) => (await queuedMessage(t, `campaign:${created.body.id}:A:${await citizenIdOf(t, fiscalCode)}:email`))?.body;
    const toUk = await bodyOf(ukReader!);
    expect(toUk).toContain(uk.bodyUk);
    expect(toUk).not.toContain('Book your first interview.');
    const toAr = await bodyOf(arReader!);
    expect(toAr).toContain('Book your first interview.');
    expect(toAr).not.toContain(uk.bodyUk);
    expect(await bodyOf(itReader!)).toContain('Prenota il primo colloquio.');
  });

  it('refuses an optional language with a subject and no body (or the reverse), naming the field, and writes nothing', async () => {
    const before = (await get(paolo, '/api/operator/campaigns')).body.items.length;
    const [a] = campaign().variants;
    // each failed check of the field is one error: the fields named, once each
    const pointers = (r: request.Response) => [...new Set(r.body.errors.map((e: { pointer: string }) => e.pointer))];
    const noBody = await post(paolo, '/api/operator/campaigns', campaign({ variants: [{ ...a, subjectUk: 'Чекаємо на вас' }] }));
    expect(noBody.status).toBe(400);
    expect(pointers(noBody)).toEqual(['/variants/0/bodyUk']);
    const noSubject = await post(paolo, '/api/operator/campaigns', campaign({ variants: [a, { ...a, bodyRo: 'Programează primul interviu la centru.' }] }));
    expect(noSubject.status).toBe(400);
    expect(pointers(noSubject)).toEqual(['/variants/1/subjectRo']);
    const tooShort = await post(paolo, '/api/operator/campaigns', campaign({ variants: [{ ...a, subjectAr: 'ننتظرك', bodyAr: 'قصير' }] }));
    expect(tooShort.status).toBe(400);
    expect(pointers(tooShort)).toEqual(['/variants/0/bodyAr']);
    expect((await get(paolo, '/api/operator/campaigns')).body.items).toHaveLength(before);
  });
});
