import { randomUUID } from 'node:crypto';
import type { AttendanceRecordedV1, DomainEventPayloads, DomainEventType } from '@opencpi/contracts';
import type { DataSource } from 'typeorm';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { directSession, type DirectSession } from '../../../test/direct-session';
import { EventOutbox } from '../../platform/events/event-outbox';
import { EventRelay } from '../../platform/events/event-relay';
import { addDays, romeToInstant, todayRome } from '../../platform/time/rome-time';
import { citizenOfficeId } from '../registry/registry.test-kit';

/** Helpers of the conditionality integration tests: producers' events as they would publish them, and reads. */
export const MARIO = 'RSSMRA85T10L219G'; // NASpI in the simulator, CPI Torino
export const GIORGIA = 'BNCGRG66T55L219Z'; // NASpI (and an ended DIS-COLL), CPI Torino
export const FATIMA = 'KHLFTM95M52Z330E'; // SFL, CPI Torino
export const GABRIELE = 'BNCGRL89E20A662F'; // ADI suspended, CPI Torino
export const CHIARA = 'BNCCHR77C48Z343T'; // DIS-COLL, CPI Moncalieri
export const GIULIA = 'BNCGLI90A41F335M'; // ADI, CPI Moncalieri
export const LUCA = 'VRDLCU78C15L219W'; // operator, CPI Torino
export const PAOLO = 'CLMPLA70E20C627O'; // manager, CPI Torino
export const ANNA = 'FRRNNA82D50F335D'; // operator, CPI Moncalieri
export const SARA = 'RCCSRA75H60E379W'; // region admin

/** A Rome date `days` from today. */
export const romeDay = (days: number): string => addDays(todayRome(), days);

/** The person's CPI (a made-up office for someone the registry does not know as a citizen). */
export async function officeOf(db: DataSource, fiscalCode: string): Promise<string> {
  return (await citizenOfficeId(db, fiscalCode)) ?? '00000000-0000-4000-8000-000000000000';
}

export async function publish<K extends DomainEventType>(app: INestApplication, db: DataSource, type: K, aggregateId: string, payload: DomainEventPayloads[K]): Promise<void> {
  await db.transaction((m) => app.get(EventOutbox).publish(m, { type, aggregateType: type.split('.')[0]!, aggregateId, payload }));
}

/** `attendance.recorded` of an appointment at 10:00 Rome on `date`; returns the appointment id (the case's source ref). */
export async function publishAttendance(
  app: INestApplication,
  db: DataSource,
  fiscalCode: string,
  date: string,
  outcome: AttendanceRecordedV1['outcome'] = 'absent',
): Promise<string> {
  const appointmentId = randomUUID();
  await publish(app, db, 'attendance.recorded', appointmentId, {
    appointmentId,
    convocationId: null,
    citizenFiscalCode: fiscalCode,
    officeId: await officeOf(db, fiscalCode),
    startsAt: romeToInstant(date, '10:00')!.toISOString(),
    outcome,
    note: null,
    recordedBy: LUCA,
  });
  return appointmentId;
}

export async function caseBySource(db: DataSource, sourceRef: string): Promise<{ id: string; state: string; deadline: string; benefit: string } | undefined> {
  const rows = (await db.query(`SELECT id, state, to_char(deadline, 'YYYY-MM-DD') AS deadline, benefit FROM condizionalita.cases WHERE source_ref = $1`, [sourceRef])) as {
    id: string;
    state: string;
    deadline: string;
    benefit: string;
  }[];
  return rows[0];
}

export async function intakeBySource(db: DataSource, sourceRef: string): Promise<{ outcome: string; caseId: string | null }[]> {
  return (await db.query(`SELECT outcome, case_id AS "caseId" FROM condizionalita.intake_decisions WHERE details->>'sourceRef' = $1`, [sourceRef])) as {
    outcome: string;
    caseId: string | null;
  }[];
}

/**
 * For the authorisation matrix: Giulia's case (ADI, CPI Moncalieri) from a missed appointment three days ago, decided
 * "not justified" by her office's operator and confirmed by the region admin; returns the case and its measure.
 */
export async function buildConditionalityVictim(app: INestApplication, db: DataSource, operator: DirectSession): Promise<{ caseId: string; measureId: string }> {
  const ref = await publishAttendance(app, db, GIULIA, romeDay(-3));
  await app.get(EventRelay).drain();
  const c = await caseBySource(db, ref);
  if (!c) throw new Error(`fixture: no conditionality case for ${GIULIA} (${JSON.stringify(await intakeBySource(db, ref))})`);
  const admin = await directSession(app, SARA);
  const send = async (s: DirectSession, path: string, body: object) => {
    const res = await request(app.getHttpServer()).post(`/api/operator/condizionalita/${path}`).set('Cookie', s.cookie).set('X-CSRF-Token', s.csrf).send(body);
    if (res.status >= 300) throw new Error(`fixture: ${path} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { measures: { id: string }[] };
  };
  await send(operator, `cases/${c.id}/decision`, { outcome: 'not_justified', reasonText: 'Nessuna giustificazione pervenuta entro il termine.' });
  const confirmed = await send(admin, `cases/${c.id}/confirmation`, { outcome: 'confirmed' });
  return { caseId: c.id, measureId: confirmed.measures[0]!.id };
}
