import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { startTestApp, type TestApp } from '../../../test/test-app';
import type { DeliveredEvent } from '../../platform/events/event-consumers';
import { EventRelay } from '../../platform/events/event-relay';
import { queuedMessages } from '../notifications/notifications.test-kit';
import { citizenIdOf, officeIdsByCode } from '../registry/registry.test-kit';
import { SurveyInvitationConsumer } from './consumers/survey-invitation.consumer';
import { startAppointment } from '../agenda/booking.test-kit';

const MARIO = 'RSSMRA85T10L219G'; // citizen, CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen, CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
const PAOLO = 'CLMPLA70E20C627O'; // manager, CPI Torino
const SARA = 'RCCSRA75H60E379W'; // region admin
const LAURA = 'GRCLRA80S48L219S'; // referent of Officine Subalpine (employer)

/**
 * Satisfaction surveys (issue 16) through HTTP on real PostgreSQL: an attended appointment makes one survey and its
 * message; the link answers once (the first answer is kept); a forged link is a 404 that says nothing; the comment
 * can be withdrawn; managers see their offices' results and anonymous comments, region admins all, operators none.
 */
describe('surveys: one short survey after each service', () => {
  let t: TestApp;
  let relay: EventRelay;
  let offices: Record<string, string>;
  const http = () => t.app.getHttpServer();
  const get = (a: DirectSession, url: string, query: Record<string, string> = {}) => request(http()).get(url).query(query).set('Cookie', a.cookie);
  const post = (a: DirectSession, url: string, body?: object) => request(http()).post(url).set('Cookie', a.cookie).set('X-CSRF-Token', a.csrf).send(body);
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const period = { from: day(-30), to: day(2) }; // today (Rome) is inside whatever the hour
  const surveys = (ref: string) => t.db.query(`SELECT id, service_kind AS "serviceKind", channel, office_id AS "officeId" FROM surveys.invitations WHERE service_ref = $1`, [ref]);
  const linkIn = (body: string) => /\/valuta\/([a-z0-9]{1,8}\.[A-Za-z0-9_-]{43})/.exec(body)?.[1];

  /** Books the citizen's appointment at `office` and has `operator` record it as attended; the relay then delivers. */
  async function attended(citizen: string, operator: string, office: string): Promise<string> {
    const person = await directSession(t.app, citizen);
    const slots = await get(person, '/api/citizen/agenda/slots', { serviceType: 'prima-accoglienza', officeId: offices[office]!, channel: 'in_person', days: '30' });
    expect(slots.status).toBe(200);
    const booked = await post(person, '/api/citizen/agenda/appointments', { slotId: slots.body.items[0].id, channel: 'in_person' });
    expect(booked.status).toBe(201);
    const op = await directSession(t.app, operator, { app: 'operator' });
    await startAppointment(t, booked.body.id as string); // attendance only once it has started
    expect((await post(op, `/api/operator/agenda/appointments/${booked.body.id}/attendance`, { outcome: 'attended' })).status).toBe(200);
    await relay.drain();
    return booked.body.id as string;
  }

  /** The token of the survey message queued for a survey id. */
  async function tokenOf(surveyId: string): Promise<string> {
    const [message] = await queuedMessages(t, `survey:${surveyId}:%`);
    expect(message).toBeDefined();
    const token = linkIn(message!.body);
    expect(token).toBeDefined();
    return token!;
  }

  beforeAll(async () => {
    t = await startTestApp({ EVENTS_POLL_MS: '60000', EVENTS_RETRY_BASE_MS: '10', TRUST_PROXY: 'true' });
    relay = t.app.get(EventRelay);
    offices = await officeIdsByCode(t);
  }, 60_000);
  afterAll(() => t?.close());

  let marioToken = '';
  let marioSurvey = '';

  it('an attended appointment creates one survey and a message with its link; a redelivery adds nothing', async () => {
    const appointmentId = await attended(MARIO, LUCA, 'CPI-TO');
    const rows = await surveys(appointmentId);
    expect(rows).toEqual([{ id: expect.any(String), serviceKind: 'appointment', channel: 'in_person', officeId: offices['CPI-TO'] }]);
    marioSurvey = rows[0].id;
    const messages = await queuedMessages(t, `survey:${marioSurvey}:%`);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages[0]!.body).toContain(`${t.env.CITIZEN_WEB_URL}/valuta/`);
    marioToken = await tokenOf(marioSurvey);

    // the same event once more (a redelivery, a second relay): still one survey, one message per channel
    const [event] = (await t.db.query(
      `SELECT id::text AS id, type, version, aggregate_type AS "aggregateType", aggregate_id AS "aggregateId", payload, occurred_at AS "occurredAt"
         FROM events.outbox WHERE aggregate_id = $1 AND type = 'attendance.recorded'`,
      [appointmentId],
    )) as DeliveredEvent[];
    await t.db.transaction((m) => t.app.get(SurveyInvitationConsumer).handle(event!, m));
    expect(await surveys(appointmentId)).toHaveLength(1);
    expect(await queuedMessages(t, `survey:%`)).toHaveLength(messages.length);
  });

  it('the link shows the survey without naming the person; answering twice records one answer and says so', async () => {
    const view = await request(http()).get(`/api/public/surveys/${marioToken}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ serviceKind: 'appointment', status: 'open', officeName: "Centro per l'Impiego di Torino" });
    expect(view.body.questions.map((q: { code: string }) => q.code)).toEqual(['clarity', 'listening', 'punctuality']);
    expect(JSON.stringify(view.body)).not.toMatch(/Mario|Rossi|RSSMRA/);

    const bad = await request(http()).post(`/api/public/surveys/${marioToken}/answer`).send({ rating: 6 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/rating');
    const unknown = await request(http())
      .post(`/api/public/surveys/${marioToken}/answer`)
      .send({ rating: 4, answers: [{ code: 'nope', value: 3 }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('SURVEY_QUESTION_UNKNOWN');

    const first = await request(http())
      .post(`/api/public/surveys/${marioToken}/answer`)
      .send({ rating: 4, answers: [{ code: 'clarity', value: 5 }], comment: 'Operatore gentile, attesa lunga.' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'answered', answer: { rating: 4, comment: 'Operatore gentile, attesa lunga.', commentWithdrawn: false } });
    const second = await request(http()).post(`/api/public/surveys/${marioToken}/answer`).send({ rating: 1, comment: 'altro' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('SURVEY_ALREADY_ANSWERED');
    const stored = await t.db.query(`SELECT rating, comment FROM surveys.answers WHERE invitation_id = $1`, [marioSurvey]);
    expect(stored).toEqual([{ rating: 4, comment: 'Operatore gentile, attesa lunga.' }]);
    const insertSecond = `INSERT INTO surveys.answers (invitation_id, rating, answers, answered_on) VALUES ($1, 2, '[]', current_date)`;
    await expect(t.db.query(insertSecond, [marioSurvey])).rejects.toThrow(/answers_pkey/); // the database itself refuses a second answer
  });

  it('a forged or unknown link is a 404 that says nothing personal', async () => {
    const last = marioToken.at(-1) === 'A' ? 'B' : 'A';
    for (const forged of [`${marioToken.slice(0, -1)}${last}`, 'k0.' + 'x'.repeat(43), 'nonsense', 'zz9.' + marioToken.split('.')[1]]) {
      for (const res of [
        await request(http()).get(`/api/public/surveys/${forged}`),
        await request(http()).post(`/api/public/surveys/${forged}/answer`).send({ rating: 3 }),
        await request(http()).post(`/api/public/surveys/${forged}/comment-withdrawal`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('SURVEY_NOT_FOUND');
        expect(JSON.stringify(res.body)).not.toMatch(/Mario|Rossi|RSSMRA|Torino|appointment/);
      }
    }
  });

  it('managers see their offices (comments without identity), a region admin all, an operator nothing', async () => {
    const giuliaAppointment = await attended(GIULIA, ANNA, 'CPI-MO');
    const [giuliaSurvey] = await surveys(giuliaAppointment);
    const answered = await request(http())
      .post(`/api/public/surveys/${await tokenOf(giuliaSurvey.id)}/answer`)
      .send({ rating: 2 });
    expect(answered.status).toBe(200);

    const paolo = await directSession(t.app, PAOLO, { app: 'operator' });
    const own = await get(paolo, '/api/operator/surveys/results', { ...period, groupBy: 'office' });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({
      totalAnswers: 1,
      meanRating: 4,
      rows: [{ key: offices['CPI-TO'], label: "Centro per l'Impiego di Torino", answers: 1, ratingCounts: [0, 0, 0, 1, 0] }],
    });
    const byDefault = await get(paolo, '/api/operator/surveys/results'); // the last 90 days, by office
    expect(byDefault.body).toMatchObject({ groupBy: 'office', totalAnswers: 1 });
    const byChannel = await get(paolo, '/api/operator/surveys/results', { ...period, groupBy: 'channel' });
    expect(byChannel.body.rows).toEqual([{ key: 'in_person', answers: 1, meanRating: 4, ratingCounts: [0, 0, 0, 1, 0] }]);
    const foreign = await get(paolo, '/api/operator/surveys/results', { ...period, groupBy: 'office', officeId: offices['CPI-MO']! });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('OFFICE_NOT_SERVED');
    const reversed = await get(paolo, '/api/operator/surveys/results', { from: '2026-12-31', to: '2026-01-01', groupBy: 'month' });
    expect(reversed.status).toBe(400);
    const comments = await get(paolo, '/api/operator/surveys/comments', period);
    expect(comments.status).toBe(200);
    expect(comments.body.items).toEqual([
      {
        answeredOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        officeName: "Centro per l'Impiego di Torino",
        serviceKind: 'appointment',
        channel: 'in_person',
        rating: 4,
        comment: 'Operatore gentile, attesa lunga.',
      },
    ]);
    expect(JSON.stringify(comments.body)).not.toMatch(/Mario|Rossi|RSSMRA|invitation|citizen/i);

    const sara = await directSession(t.app, SARA, { app: 'operator' });
    const region = await get(sara, '/api/operator/surveys/results', { ...period, groupBy: 'service' });
    expect(region.status).toBe(200);
    expect(region.body).toMatchObject({ totalAnswers: 2, meanRating: 3, rows: [{ key: 'appointment', answers: 2, ratingCounts: [0, 1, 0, 1, 0] }] });

    const luca = await directSession(t.app, LUCA, { app: 'operator' });
    expect((await get(luca, '/api/operator/surveys/results', { ...period, groupBy: 'office' })).status).toBe(403);
    expect((await get(luca, '/api/operator/surveys/comments', period)).status).toBe(403);
  });

  it('the author withdraws the comment: it is erased, the rating stays, managers no longer see it', async () => {
    const withdrawn = await request(http()).post(`/api/public/surveys/${marioToken}/comment-withdrawal`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.answer).toEqual({ rating: 4, answers: [{ code: 'clarity', value: 5 }], commentWithdrawn: true, answeredAt: expect.any(String) });
    expect((await request(http()).post(`/api/public/surveys/${marioToken}/comment-withdrawal`)).status).toBe(200); // again: nothing to do
    const paolo = await directSession(t.app, PAOLO, { app: 'operator' });
    expect((await get(paolo, '/api/operator/surveys/comments', period)).body.items).toEqual([]);
    expect((await get(paolo, '/api/operator/surveys/results', { ...period, groupBy: 'office' })).body.totalAnswers).toBe(1);
  });

  it('an issued certificate, a signed patto and a vacancy the company closed make a survey each; the citizen lists theirs', async () => {
    const mario = await directSession(t.app, MARIO);
    expect(
      (
        await post(mario, '/api/citizen/patto/did', {
          workCondition: 'no_job',
          lastJobEndDate: '2026-06-30',
          benefit: 'none',
          citizenship: 'IT',
          education: [],
          jobs: [],
          languages: [],
          licences: [],
          declaration: true,
        })
      ).status,
    ).toBe(201);
    const cert = await post(mario, '/api/citizen/certificazioni/certificates', { kind: 'status_attestation', locale: 'it' });
    expect(cert.status).toBe(201);
    await relay.drain();
    expect(await surveys(cert.body.id)).toEqual([{ id: expect.any(String), serviceKind: 'certificate', channel: 'online', officeId: offices['CPI-TO'] }]);

    const pattoId = '5a7e0000-0000-4000-8000-000000000001';
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
        citizenId: await citizenIdOf(t, MARIO),
        citizenFiscalCode: MARIO,
        officeId: offices['CPI-TO']!,
        agencyId: null,
        signedAt: new Date().toISOString(),
      },
    } as DeliveredEvent;
    await t.db.transaction((m) => t.app.get(SurveyInvitationConsumer).handle(signed, m));
    expect(await surveys(`${pattoId}:1`)).toEqual([{ id: expect.any(String), serviceKind: 'patto', channel: 'unspecified', officeId: offices['CPI-TO'] }]);

    // a company member closing a published vacancy is asked too (through the same link); the office closing it asks nobody
    const closed = (closedBy: 'employer' | 'operator', vacancyId: string) =>
      ({
        id: '0',
        type: 'vacancy.closed',
        version: 1,
        aggregateType: 'vacancy',
        aggregateId: vacancyId,
        occurredAt: new Date(),
        payload: {
          vacancyId,
          companyId: vacancyId,
          officeId: offices['CPI-TO']!,
          title: 'Saldatore',
          closedBy,
          closedByFiscalCode: closedBy === 'employer' ? LAURA : LUCA,
          closedAt: new Date().toISOString(),
        },
      }) as DeliveredEvent;
    await t.db.query(`INSERT INTO matching.comuni (istat, name, province, lat, lon) VALUES ('001272', 'Torino', 'TO', 45.07, 7.68) ON CONFLICT DO NOTHING`);
    const [occupation] = await t.db.query(
      `INSERT INTO matching.occupations (esco_uri, isco_code, label, source) VALUES ('urn:test:surveys', '7212', 'Saldatore', 'test') RETURNING id`,
    );
    const laura = await directSession(t.app, LAURA);
    const vacancy = await post(laura, '/api/employer/matching/vacancies', {
      title: 'Saldatore',
      occupationId: occupation.id,
      description: 'Saldatura a filo in officina.',
      skills: [],
      minEqf: 3,
      languages: [],
      licences: [],
      comuneIstat: '001272',
      contractType: 'permanent',
      hours: 'full',
      positions: 1,
      expiresOn: '2099-12-31',
    });
    expect(vacancy.status).toBe(201);
    expect((await post(laura, `/api/employer/matching/vacancies/${vacancy.body.id}/publish`)).status).toBe(201);
    expect((await post(laura, `/api/employer/matching/vacancies/${vacancy.body.id}/close`)).status).toBeLessThan(300);
    await relay.drain();
    await t.db.transaction((m) => t.app.get(SurveyInvitationConsumer).handle(closed('operator', '57ac0000-0000-4000-8000-000000000002'), m));
    const [vacancySurvey] = await surveys(vacancy.body.id);
    expect(vacancySurvey).toMatchObject({ serviceKind: 'vacancy', channel: 'online', officeId: offices['CPI-TO'] }); // the office serving the company's main site
    expect(await surveys('57ac0000-0000-4000-8000-000000000002')).toEqual([]);
    const vacancyView = await request(http()).get(`/api/public/surveys/${await tokenOf(vacancySurvey.id)}`);
    expect(vacancyView.body).toMatchObject({ serviceKind: 'vacancy', serviceNameIt: 'Offerta di lavoro: Saldatore' });
    expect(vacancyView.body.questions.map((q: { code: string }) => q.code)).toEqual(['candidates', 'support']);

    const mine = await get(mario, '/api/citizen/surveys');
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((s: { serviceKind: string; status: string }) => `${s.serviceKind}:${s.status}`).sort()).toEqual([
      'appointment:answered',
      'certificate:open',
      'patto:open',
    ]);
    const appointment = mine.body.items.find((s: { serviceKind: string }) => s.serviceKind === 'appointment');
    expect(appointment.token).toBe(marioToken);
    const patto = mine.body.items.find((s: { serviceKind: string }) => s.serviceKind === 'patto');
    expect((await request(http()).get(`/api/public/surveys/${patto.token}`)).body.questions).toHaveLength(2);
  });
});
