import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { loggedInAgent } from '../../../test/saml-login';
import { citizenIdOf, staffOf } from '../registry/registry.test-kit';
import { CITIZEN_APPOINTMENTS_READ } from './operator-citizen-appointments.controller';

const MARIO = 'RSSMRA85T10L219G'; // citizen of CPI Torino
const GIULIA = 'BNCGLI90A41F335M'; // citizen of CPI Moncalieri
const LUCA = 'VRDLCU78C15L219W'; // operator CPI Torino

describe("agenda: a person's appointments in the back office (the dossier's tab)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const http = () => t.app.getHttpServer();

  it('lists the appointments of a person of my office, with the service and channel, and audits the read', async () => {
    const mario = await loggedInAgent(http(), MARIO);
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const { officeId } = await staffOf(t, LUCA);
    const slots = await request(http())
      .get('/api/citizen/agenda/slots')
      .query({ serviceType: 'prima-accoglienza', officeId, channel: 'in_person', days: 21 })
      .set('Cookie', mario.cookie);
    const booked = await request(http())
      .post('/api/citizen/agenda/appointments')
      .set('Cookie', mario.cookie)
      .set('X-CSRF-Token', mario.csrf)
      .send({ slotId: slots.body.items[2].id, channel: 'in_person' });
    expect(booked.status).toBe(201);

    const marioId = await citizenIdOf(t, MARIO);
    const res = await request(http()).get(`/api/operator/agenda/citizens/${marioId}/appointments`).set('Cookie', luca.cookie);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: booked.body.id, status: 'booked', channel: 'in_person', serviceType: 'prima-accoglienza' })]),
    );
    const audited = await t.db.query(`SELECT outcome FROM audit.audit_events WHERE action = $1 AND subject_fiscal_code = $2 AND actor_fiscal_code = $3`, [
      CITIZEN_APPOINTMENTS_READ,
      MARIO,
      LUCA,
    ]);
    expect(audited.map((a: { outcome: string }) => a.outcome)).toEqual(['allowed']);
  });

  it('answers 404 for a person of another office (audited as denied), 400 for a bad id and 403 for a citizen', async () => {
    const luca = await loggedInAgent(http(), LUCA, { app: 'operator' });
    const giuliaId = await citizenIdOf(t, GIULIA);
    const other = await request(http()).get(`/api/operator/agenda/citizens/${giuliaId}/appointments`).set('Cookie', luca.cookie);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('CITIZEN_NOT_FOUND');
    const denied = await t.db.query(`SELECT outcome FROM audit.audit_events WHERE action = $1 AND subject_fiscal_code = $2`, [CITIZEN_APPOINTMENTS_READ, GIULIA]);
    expect(denied.map((a: { outcome: string }) => a.outcome)).toEqual(['denied']);
    const bad = await request(http()).get('/api/operator/agenda/citizens/nope/appointments').set('Cookie', luca.cookie);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/citizenId');
    const mario = await loggedInAgent(http(), MARIO);
    const asCitizen = await request(http())
      .get(`/api/operator/agenda/citizens/${await citizenIdOf(t, MARIO)}/appointments`)
      .set('Cookie', mario.cookie);
    expect(asCitizen.status).toBe(403);
  });
});
