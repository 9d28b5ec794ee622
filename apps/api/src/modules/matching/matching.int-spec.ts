import { PDFDocument, PDFName, type PDFString } from 'pdf-lib';
import request from 'supertest';
import { loggedInAgent } from '../../../test/saml-login';
import type { TestApp } from '../../../test/test-app';
import { setPreferredLocale } from '../notifications/notifications.test-kit';
import { staffOf } from '../registry/registry.test-kit';
import { FATIMA, GIULIA, LUCA, MARIO, useMatchingApp } from './matching.test-kit';

describe('matching: explained scores, distance cut-off, flags, visibility and consent, congruity', () => {
  const kit = useMatchingApp();
  const { ids, http, send, get, citizenId, profile, vacancy } = kit;
  let t: TestApp;
  beforeAll(() => {
    t = kit.app();
  });
  let vacancyId = '';
  let officeId = '';

  it('pre-fills an unsaved profile with the domicile the registry reports (through its query service)', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const unsaved = await get(mario, '/api/citizen/matching/profile');
    expect(unsaved.status).toBe(200);
    expect(unsaved.body).toMatchObject({ saved: false, comuneIstat: '001272', comuneName: 'Torino' });
  });

  it('scores each factor and explains it the same way to the person and the operator', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const bad = await send(mario, 'put', '/api/citizen/matching/profile', profile({ skillIds: [ids.cash, 999999] }));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'TAXONOMY_UNKNOWN', errors: [{ pointer: '/skillIds/1' }] });
    const saved = await send(mario, 'put', '/api/citizen/matching/profile', profile());
    expect(saved.status).toBe(200);
    expect(saved.body.suggestedSkills).toEqual([]); // both essential skills are already in the profile

    officeId = (await staffOf(t, LUCA)).officeId;
    const created = await send(luca, 'post', '/api/operator/matching/vacancies', { ...vacancy(), officeId });
    expect(created.status).toBe(201);
    vacancyId = created.body.id;
    expect((await send(luca, 'post', `/api/operator/matching/vacancies/${vacancyId}/publish`)).body.status).toBe('published');

    const list = await get(mario, '/api/citizen/matching/vacancies');
    expect(list.body.ranked).toBe(true);
    const m = list.body.items.find((i: { vacancy: { id: string } }) => i.vacancy.id === vacancyId);
    expect(m.explanation).toMatchObject({
      metRequired: [{ id: ids.cash }, { id: ids.sales }],
      missingRequired: [],
      missingOptional: [{ id: ids.display }],
      occupationMatch: 'same',
      eqf: 4,
      requiredEqf: 4,
      missingLanguages: [{ language: 'en', level: 'B1' }],
      missingLicences: ['B'],
      maxKm: 30,
      availabilityMatch: true,
    });
    expect(m.explanation.distanceKm).toBeGreaterThan(7);
    expect(m.explanation.distanceKm).toBeLessThan(9);
    expect(m.explanation.points).toMatchObject({ requiredSkills: 45, optionalSkills: 0, occupation: 15, education: 10, languages: 0, licences: 0, availability: 5 });
    // codes, not a sentence (the SPAs word "Mancano: inglese B1, patente B · a 8 km"); optional skills do not count as missing
    expect(m.explanation.summaryCode).toBe('missing');
    expect(m.explanation).not.toHaveProperty('summary');
    expect(m.score).toBeCloseTo(45 + 15 + 10 + 5 + m.explanation.points.distance, 0);

    // the operator sees the same explanation
    const cands = await get(luca, `/api/operator/matching/vacancies/${vacancyId}/candidates`);
    const c = cands.body.items.find((x: { fiscalCode: string }) => x.fiscalCode === MARIO);
    expect(c.explanation).toEqual(m.explanation);
    expect(c.score).toBe(m.score);

    // a missing required skill and a lower weight lower the score proportionally
    await send(mario, 'put', '/api/citizen/matching/profile', profile({ skillIds: [ids.sales], targetOccupationIds: [ids.keeper], experiences: [] }));
    const after = (await get(mario, `/api/citizen/matching/vacancies/${vacancyId}`)).body;
    expect(after.explanation.points.requiredSkills).toBeCloseTo((45 * 3) / 8, 1);
    expect(after.explanation.occupationMatch).toBe('group'); // 5221 and 5223: same ISCO minor group 522
    expect(after.explanation.missingRequired).toEqual([{ id: ids.cash, label: 'skill cash' }]);
  });

  it("leaves out vacancies beyond the person's distance, and the person from that vacancy's candidates", async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    await send(mario, 'put', '/api/citizen/matching/profile', profile());
    const far = await send(luca, 'post', '/api/operator/matching/vacancies', { ...vacancy({ title: 'Commesso/a Ivrea', comuneIstat: '001125' }), officeId });
    await send(luca, 'post', `/api/operator/matching/vacancies/${far.body.id}/publish`);
    const near = (await get(mario, '/api/citizen/matching/vacancies')).body.items.map((i: { vacancy: { id: string } }) => i.vacancy.id);
    expect(near).toContain(vacancyId);
    expect(near).not.toContain(far.body.id);
    const all = (await get(mario, '/api/citizen/matching/vacancies?withinReach=false')).body.items;
    expect(all.find((i: { vacancy: { id: string } }) => i.vacancy.id === far.body.id).explanation.distanceKm).toBeGreaterThan(30);
    const cands = await get(luca, `/api/operator/matching/vacancies/${far.body.id}/candidates`);
    expect(cands.body.items.map((c: { fiscalCode: string }) => c.fiscalCode)).not.toContain(MARIO);
    await send(mario, 'put', '/api/citizen/matching/profile', profile({ maxKm: 60 }));
    const cands60 = await get(luca, `/api/operator/matching/vacancies/${far.body.id}/candidates`);
    expect(cands60.body.items.map((c: { fiscalCode: string }) => c.fiscalCode)).toContain(MARIO);
  });

  it('checks a refused offer for congruity and publishes offer.refused only when due', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    await send(mario, 'post', '/api/citizen/patto/did', {
      workCondition: 'no_job',
      benefit: 'naspi',
      citizenship: 'IT',
      education: [],
      jobs: [],
      languages: [],
      licences: [],
      declaration: true,
    });
    await send(mario, 'put', '/api/citizen/matching/profile', profile());
    const apply = await send(mario, 'post', `/api/citizen/matching/vacancies/${vacancyId}/apply`);
    expect(apply.status).toBe(201);
    expect((await send(mario, 'post', `/api/citizen/matching/vacancies/${vacancyId}/apply`)).body.code).toBe('ALREADY_APPLIED');

    const missingBenefit = await send(luca, 'post', `/api/operator/matching/applications/${apply.body.id}/outcome`, { outcome: 'offer_refused' });
    expect(missingBenefit.body).toMatchObject({ benefitRecipient: true, congruous: false, eventPublished: false });
    expect(missingBenefit.body.checks.find((c: { rule: string }) => c.rule === 'pay_over_benefit').passed).toBe(false);

    const justified = await send(luca, 'post', `/api/operator/matching/applications/${apply.body.id}/outcome`, {
      outcome: 'offer_refused',
      monthlyBenefit: 1000,
      justifiedReason: 'Malattia documentata',
    });
    expect(justified.body).toMatchObject({ congruous: true, justified: true, eventPublished: false });
    expect(await t.db.query(`SELECT id FROM events.outbox WHERE type = 'offer.refused'`)).toEqual([]);

    const due = await send(luca, 'post', `/api/operator/matching/applications/${apply.body.id}/outcome`, { outcome: 'offer_refused', monthlyBenefit: 1000 });
    expect(due.body).toMatchObject({ congruous: true, justified: false, eventPublished: true });
    expect(due.body.checks.map((c: { rule: string; verified: boolean }) => [c.rule, c.verified])).toEqual([
      ['distance_short', false],
      ['coherence', false],
      ['contract', true],
      ['pay_over_benefit', true],
    ]);
    // the figures compared, not sentences: the operator SPA words them
    expect(due.body.checks.find((c: { rule: string }) => c.rule === 'pay_over_benefit').params).toEqual({ payMin: 1500, benefit: 1000, threshold: 1200, percent: 20 });
    expect(due.body.checks.every((c: object) => !('detail' in c))).toBe(true);
    const [event] = await t.db.query(`SELECT type, payload FROM events.outbox WHERE type = 'offer.refused'`);
    expect(event).toMatchObject({ type: 'offer.refused', payload: { fiscalCode: MARIO, vacancyId, benefit: 'naspi' } });
  });

  it('answers two applies at once with one 201 and one 409, and refuses an experience that ends before it starts', async () => {
    const fatima = await loggedInAgent(http(), FATIMA);
    const bad = await send(fatima, 'put', '/api/citizen/matching/profile', profile({ experiences: [{ title: 'Commessa', from: '2020-05-01', to: '2019-01-01' }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/experiences/0/to');
    const [a, b] = await Promise.all([1, 2].map(() => send(fatima, 'post', `/api/citizen/matching/vacancies/${vacancyId}/apply`)));
    expect([a!.status, b!.status].sort()).toEqual([201, 409]);
    expect([a!.body.code, b!.body.code]).toContain('ALREADY_APPLIED');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM matching.applications WHERE vacancy_id = $1 AND citizen_id = $2`, [vacancyId, await citizenId(FATIMA)])).toEqual([
      { n: 1 },
    ]);
  });

  it('points each missing skill to courses, and suggests courses for the target occupations', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const course = await send(luca, 'post', '/api/operator/matching/courses', {
      provider: 'Ente formativo',
      title: 'Visual merchandising',
      skillIds: [ids.display, ids.cash],
      hours: 40,
      mode: 'in_person',
      comuneIstat: '001272',
      startDate: '2099-01-10',
      endDate: '2099-02-10',
      seats: 15,
      free: true,
      golEligible: true,
    });
    expect(course.status).toBe(201);
    const badDates = await send(luca, 'post', '/api/operator/matching/courses', {
      provider: 'x1',
      title: 'abc',
      skillIds: [],
      hours: 1,
      mode: 'online',
      startDate: '2099-02-10',
      endDate: '2099-01-10',
      seats: 1,
      free: true,
      golEligible: false,
    });
    expect(badDates.body.errors[0].pointer).toBe('/endDate');
    await send(mario, 'put', '/api/citizen/matching/profile', profile({ skillIds: [ids.sales] }));
    const detail = (await get(mario, `/api/citizen/matching/vacancies/${vacancyId}`)).body;
    const display = detail.gapCourses.find((g: { skill: { id: number } }) => g.skill.id === ids.display);
    expect(display.courses.map((c: { title: string }) => c.title)).toEqual(['Visual merchandising']);
    const suggested = (await get(mario, '/api/citizen/matching/courses/suggestions')).body.items;
    expect(suggested[0]).toMatchObject({ title: 'Visual merchandising', covers: [{ id: ids.cash }] });
  });

  it('runs a recruiting day with interview slots: one person per slot, one slot per person at a time', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const mario = await loggedInAgent(http(), MARIO);
    const giulia = await loggedInAgent(http(), GIULIA);
    const two = (await t.db.query(`SELECT id FROM matching.vacancies WHERE status = 'published' ORDER BY created_at LIMIT 2`)).map((r: { id: string }) => r.id);
    const base = { officeId, title: 'Recruiting day del commercio', day: '2099-03-10', mode: 'in_person', place: 'CPI Torino, sala 1', vacancyIds: two };
    const half = await send(luca, 'post', '/api/operator/matching/recruiting-days', { ...base, startTime: '09:00' });
    expect(half.status).toBe(400);
    expect(half.body.errors[0].pointer).toBe('/endTime');
    const day = await send(luca, 'post', '/api/operator/matching/recruiting-days', { ...base, startTime: '09:00', endTime: '10:00', slotMinutes: 30 });
    expect(day.status).toBe(201);
    expect(day.body.slots).toHaveLength(4);
    expect(day.body.slots.map((x: { localTime: string }) => x.localTime).sort()).toEqual(['09:00', '09:00', '09:30', '09:30']);
    const [a9, b9] = [two[0], two[1]].map((v) => day.body.slots.find((x: { vacancyId: string; localTime: string }) => x.vacancyId === v && x.localTime === '09:00').id);
    const booked = await send(mario, 'post', `/api/citizen/matching/recruiting-days/${day.body.id}/slots/${a9}/book`);
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ signedUp: true });
    expect(booked.body.slots.find((x: { id: string }) => x.id === a9)).toMatchObject({ free: false, mine: true });
    const taken = await send(giulia, 'post', `/api/citizen/matching/recruiting-days/${day.body.id}/slots/${a9}/book`);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('SLOT_FULL');
    const sameTime = await send(mario, 'post', `/api/citizen/matching/recruiting-days/${day.body.id}/slots/${b9}/book`);
    expect(sameTime.status).toBe(409);
    expect(sameTime.body.code).toBe('ALREADY_BOOKED');
    const seen = (await get(luca, '/api/operator/matching/recruiting-days')).body.items.find((d: { id: string }) => d.id === day.body.id);
    expect(seen.slots.find((x: { id: string }) => x.id === a9).bookedBy).toBe('Mario Rossi');
  });

  it('refuses operator and company routes to a citizen, and company routes to an operator', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    for (const url of [
      '/api/operator/matching/vacancies',
      `/api/operator/matching/vacancies/${vacancyId}/candidates`,
      '/api/operator/matching/courses',
      '/api/employer/matching/vacancies',
    ]) {
      expect([url, (await get(mario, url)).status]).toEqual([url, 403]);
    }
    expect((await get(luca, '/api/employer/matching/vacancies')).status).toBe(403);
    expect((await request(http()).get('/api/public/matching/skills?q=sk')).body.items.length).toBeGreaterThan(0);
    expect((await request(http()).get('/api/public/matching/skills?q=s')).status).toBe(400);
  });

  it('writes the CV in the language the person chose for their messages', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const lang = async () => {
      const res = await get(mario, '/api/citizen/matching/profile/cv')
        .buffer(true)
        .parse((r, cb) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      return ((await PDFDocument.load(res.body as Buffer)).catalog.get(PDFName.of('Lang')) as PDFString).decodeText();
    };
    expect(await lang()).toBe('it-IT');
    await setPreferredLocale(t, MARIO, 'en');
    expect(await lang()).toBe('en-GB');
    await setPreferredLocale(t, MARIO, 'uk');
    expect(await lang()).toBe('uk-UA');
  });
});
