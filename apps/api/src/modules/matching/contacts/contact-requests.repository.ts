import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContactRequestEntity } from '../entities/contact-request.entity';

export type ContactRequestRow = Pick<
  ContactRequestEntity,
  'id' | 'vacancyId' | 'citizenId' | 'companyId' | 'officeId' | 'channel' | 'status' | 'message' | 'createdAt' | 'answeredAt'
> & { vacancyTitle: string };

const COLUMNS = `r.id, r.vacancy_id AS "vacancyId", r.citizen_id AS "citizenId", r.company_id AS "companyId", r.office_id AS "officeId", r.channel, r.status,
  r.message, r.created_at AS "createdAt", r.answered_at AS "answeredAt", v.title AS "vacancyTitle"`;
const FROM = 'matching.contact_requests r JOIN matching.vacancies v ON v.id = r.vacancy_id';

/** Every query of contact requests (company → anonymous candidate, through the CPI or direct). */
@Injectable()
export class ContactRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The new request's id, or null when the company already asked this person about this vacancy. */
  async insert(
    m: EntityManager,
    r: Pick<ContactRequestEntity, 'vacancyId' | 'citizenId' | 'companyId' | 'officeId' | 'channel' | 'status' | 'message' | 'requestedBy'>,
  ): Promise<string | null> {
    const rows = (await m.query(
      `INSERT INTO matching.contact_requests (vacancy_id, citizen_id, company_id, office_id, channel, status, message, requested_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT contact_requests_vacancy_citizen_key DO NOTHING RETURNING id`,
      [r.vacancyId, r.citizenId, r.companyId, r.officeId, r.channel, r.status, r.message, r.requestedBy],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  async byId(id: string, m: EntityManager | DataSource = this.db, lock = false): Promise<ContactRequestRow | null> {
    const rows = (await m.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`, [id])) as ContactRequestRow[];
    return rows[0] ?? null;
  }

  async forVacancy(vacancyId: string): Promise<ContactRequestRow[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.vacancy_id = $1`, [vacancyId])) as ContactRequestRow[];
  }

  async forCompanies(companyIds: string[]): Promise<ContactRequestRow[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.company_id = ANY($1::uuid[]) ORDER BY r.created_at DESC LIMIT 500`, [companyIds])) as ContactRequestRow[];
  }

  /** What the person is asked (not what still waits for the CPI), newest first. */
  async forCitizen(citizenId: string): Promise<ContactRequestRow[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.citizen_id = $1 AND r.status <> 'awaiting_cpi' ORDER BY r.created_at DESC LIMIT 200`, [
      citizenId,
    ])) as ContactRequestRow[];
  }

  /** Requests of the `cpi` channel that the offices still have to forward. */
  async awaitingForOffices(officeIds: string[]): Promise<ContactRequestRow[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.office_id = ANY($1::uuid[]) AND r.status = 'awaiting_cpi' ORDER BY r.created_at LIMIT 200`, [
      officeIds,
    ])) as ContactRequestRow[];
  }

  async forward(m: EntityManager, id: string, by: string): Promise<void> {
    await m.query(`UPDATE matching.contact_requests SET status = 'pending', forwarded_at = now(), forwarded_by = $2 WHERE id = $1`, [id, by]);
  }

  async answer(m: EntityManager, id: string, accept: boolean): Promise<void> {
    await m.query(`UPDATE matching.contact_requests SET status = $2, answered_at = now() WHERE id = $1`, [id, accept ? 'accepted' : 'declined']);
  }
}
