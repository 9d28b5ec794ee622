import { directSession } from '../../../../test/direct-session';
import type { TestApp } from '../../../../test/test-app';
import { FATIMA, GIULIA, LAURA, LUCA, MARIO, useMatchingApp, type Agent } from '../matching.test-kit';

const ELENA = 'CNTLNE79H61L219Y'; // declares a company that stays pending

type Candidate = {
  candidateKey: string;
  candidateNumber: number;
  score: number;
  explanation: { summaryCode: string; metRequired: unknown[] };
  contactRequest?: { status: string };
};

describe('matching: the company’s own candidate search (anonymised, visibility respected) and contact requests', () => {
  const kit = useMatchingApp();
  const { send, get, citizenId, vacancy, profile } = kit;
  let t: TestApp;
  let laura: Agent;
  let luca: Agent;
  let vacancyId: string;
  beforeAll(async () => {
    t = kit.app();
    [laura, luca] = [await directSession(t.app, LAURA), await directSession(t.app, LUCA)];
    await send(await directSession(t.app, MARIO), 'put', '/api/citizen/matching/profile', profile({ visibility: 'employers_anonymous' }));
    await send(await directSession(t.app, GIULIA), 'put', '/api/citizen/matching/profile', profile({ visibility: 'employers_named', comuneIstat: '001156' }));
    await send(await directSession(t.app, FATIMA), 'put', '/api/citizen/matching/profile', profile({ visibility: 'cpi_agencies' }));
    const v = await send(laura, 'post', '/api/employer/matching/vacancies', vacancy());
    vacancyId = v.body.id;
    expect((await send(laura, 'post', `/api/employer/matching/vacancies/${vacancyId}/publish`)).body.status).toBe('published');
  });
  const search = async (): Promise<Candidate[]> => (await get(laura, `/api/employer/matching/vacancies/${vacancyId}/candidate-search`)).body.items;

  it('lists only people who let employers see them, without names, with the preselection explanation; each row audited', async () => {
    const res = await get(laura, `/api/employer/matching/vacancies/${vacancyId}/candidate-search`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2); // Mario (anonymous), Giulia (named); not Fatima (CPI and agencies only)
    const body = JSON.stringify(res.body);
    for (const secret of [MARIO, GIULIA, FATIMA, 'Rossi', 'Bianchi', 'Khalil', await citizenId(MARIO), await citizenId(GIULIA)]) expect(body).not.toContain(secret);
    // the same explanation codes as the operator's preselection for the same person
    const operator = (await get(luca, `/api/operator/matching/vacancies/${vacancyId}/candidates`)).body.items as { fiscalCode: string; score: number; explanation: object }[];
    const ops = operator.filter((c) => c.fiscalCode === MARIO || c.fiscalCode === GIULIA);
    expect(res.body.items.map((c: Candidate) => c.explanation).sort((a: object, b: object) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual(
      ops.map((c) => c.explanation).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    expect(res.body.items.map((c: Candidate) => c.candidateNumber)).toEqual([1, 2]);
    const audited = await t.db.query(`SELECT subject_fiscal_code AS s FROM audit.audit_events WHERE action = 'matching.company-search.listed' AND actor_fiscal_code = $1`, [LAURA]);
    expect(audited.map((a: { s: string }) => a.s.trim()).sort()).toEqual([GIULIA, MARIO].sort());
    // another company's member, a citizen and a pending company's administrator get nothing
    expect((await get(await directSession(t.app, MARIO), `/api/employer/matching/vacancies/${vacancyId}/candidate-search`)).status).toBe(403);
  });

  it('refuses a pending company, a draft vacancy and an unknown candidate key', async () => {
    const elena = await directSession(t.app, ELENA);
    const reg = await send(elena, 'post', '/api/citizen/registry/companies', {
      name: 'Impresa in attesa',
      vatNumber: '01234567897',
      atecoCode: '47.71.10',
      legalRepresentative: true,
      sites: [{ comuneIstat: '001272', address: 'Via Garibaldi 1' }],
    });
    expect(reg.status).toBe(201);
    const pending = await get(elena, `/api/employer/matching/vacancies/${vacancyId}/candidate-search`);
    expect(pending.status).toBe(403);
    expect(pending.body.code).toBe('COMPANY_NOT_APPROVED');
    const draftId = (await send(laura, 'post', '/api/employer/matching/vacancies', vacancy({ title: 'Bozza' }))).body.id;
    const [first] = await search();
    const draft = await send(laura, 'post', `/api/employer/matching/vacancies/${draftId}/contact-requests`, { candidateKey: first!.candidateKey, channel: 'direct' });
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('VACANCY_NOT_OPEN');
    const unknown = await send(laura, 'post', `/api/employer/matching/vacancies/${vacancyId}/contact-requests`, { candidateKey: 'A'.repeat(32), channel: 'direct' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'CANDIDATE_NOT_VISIBLE', errors: [{ pointer: '/candidateKey' }] });
  });

  it('a direct request accepted by the person shows the company their name and contacts; a request through the CPI declined never does', async () => {
    const candidates = await search();
    const mario = await directSession(t.app, MARIO);
    const giulia = await directSession(t.app, GIULIA);
    const [a, b] = candidates;
    const direct = await send(laura, 'post', `/api/employer/matching/vacancies/${vacancyId}/contact-requests`, {
      candidateKey: a!.candidateKey,
      channel: 'direct',
      message: 'Vorremmo conoscerla',
    });
    expect(direct.status).toBe(201);
    expect(direct.body).toMatchObject({ status: 'pending', channel: 'direct' });
    expect(direct.body.displayName).toBeUndefined();
    expect((await send(laura, 'post', `/api/employer/matching/vacancies/${vacancyId}/contact-requests`, { candidateKey: a!.candidateKey, channel: 'cpi' })).body.code).toBe(
      'CONTACT_REQUEST_EXISTS',
    );
    const viaCpi = await send(laura, 'post', `/api/employer/matching/vacancies/${vacancyId}/contact-requests`, { candidateKey: b!.candidateKey, channel: 'cpi' });
    expect(viaCpi.body.status).toBe('awaiting_cpi');

    // who is who: the person asked directly sees it at once; the other only once the CPI forwards it
    const inboxes = async () => ({
      mario: (await get(mario, '/api/citizen/matching/contact-requests')).body.items as { id: string; status: string; companyName: string }[],
      giulia: (await get(giulia, '/api/citizen/matching/contact-requests')).body.items as { id: string; status: string }[],
    });
    const before = await inboxes();
    const [directOwner, cpiOwner] = before.mario.length === 1 ? [mario, giulia] : [giulia, mario];
    expect([...before.mario, ...before.giulia]).toEqual([expect.objectContaining({ id: direct.body.id, status: 'pending', companyName: 'Officine Subalpine S.r.l.' })]);

    // the CPI of the company (Officine Subalpine, Torino) forwards; another office does not see it
    const anna = await directSession(t.app, 'FRRNNA82D50F335D');
    expect((await get(anna, '/api/operator/matching/contact-requests')).body.items).toEqual([]);
    expect((await send(anna, 'post', `/api/operator/matching/contact-requests/${viaCpi.body.id}/forward`)).status).toBe(404);
    const queue = (await get(luca, '/api/operator/matching/contact-requests')).body.items;
    expect(queue).toEqual([expect.objectContaining({ id: viaCpi.body.id, status: 'awaiting_cpi', companyName: 'Officine Subalpine S.r.l.' })]);
    expect((await send(luca, 'post', `/api/operator/matching/contact-requests/${viaCpi.body.id}/forward`)).body.status).toBe('pending');
    expect((await send(luca, 'post', `/api/operator/matching/contact-requests/${viaCpi.body.id}/forward`)).body.code).toBe('CONTACT_REQUEST_ANSWERED');

    // someone else cannot answer; the person accepts or declines once
    expect((await send(cpiOwner, 'post', `/api/citizen/matching/contact-requests/${direct.body.id}/answer`, { accept: true })).status).toBe(404);
    const accepted = await send(directOwner, 'post', `/api/citizen/matching/contact-requests/${direct.body.id}/answer`, { accept: true });
    expect(accepted.body.status).toBe('accepted');
    expect((await send(directOwner, 'post', `/api/citizen/matching/contact-requests/${direct.body.id}/answer`, { accept: false })).body.code).toBe('CONTACT_REQUEST_ANSWERED');
    expect((await send(cpiOwner, 'post', `/api/citizen/matching/contact-requests/${viaCpi.body.id}/answer`, { accept: false })).body.status).toBe('declined');

    const seen = (await get(laura, '/api/employer/matching/contact-requests')).body.items as { id: string; status: string; displayName?: string; email?: string }[];
    const acceptedName = directOwner === mario ? 'Mario Rossi' : 'Giulia Bianchi';
    expect(seen.find((r) => r.id === direct.body.id)).toMatchObject({ status: 'accepted', displayName: acceptedName, email: expect.stringContaining('@') });
    const declined = seen.find((r) => r.id === viaCpi.body.id)!;
    expect(declined.status).toBe('declined');
    expect(declined.displayName).toBeUndefined();
    expect(JSON.stringify(declined)).not.toMatch(/Rossi|Bianchi/);
    const trail = await t.db.query(`SELECT action FROM audit.audit_events WHERE resource_id = ANY($1) ORDER BY id`, [[direct.body.id, viaCpi.body.id]]);
    expect(trail.map((r: { action: string }) => r.action)).toEqual(
      expect.arrayContaining(['matching.contact.requested', 'matching.contact.forwarded', 'matching.contact.accepted', 'matching.contact.declined', 'matching.contact.read']),
    );
  });
});
