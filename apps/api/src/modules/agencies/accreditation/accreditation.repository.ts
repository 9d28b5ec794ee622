import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccreditationBody, AccreditationStatus } from '@opencpi/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AccreditationEntity } from '../entities/accreditation.entity';
import { AgencyClientEntity, type PublicJwks } from '../entities/agency-client.entity';
import { isUniqueViolation } from '../../../platform/errors/pg-errors';

/** The accreditation registry's queries: accreditations and clients of the region's agencies. */
@Injectable()
export class AccreditationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  accreditationsOf(agencyIds: string[]): Promise<AccreditationEntity[]> {
    return agencyIds.length === 0 ? Promise.resolve([]) : this.db.getRepository(AccreditationEntity).findBy({ agencyId: In(agencyIds) });
  }

  clientsOf(agencyIds: string[]): Promise<AgencyClientEntity[]> {
    return agencyIds.length === 0 ? Promise.resolve([]) : this.db.getRepository(AgencyClientEntity).find({ where: { agencyId: In(agencyIds) }, order: { createdAt: 'ASC' } });
  }

  /** Locks the agency's accreditation for a change (null when it has none). */
  lockAccreditation(m: EntityManager, agencyId: string): Promise<AccreditationEntity | null> {
    return m.getRepository(AccreditationEntity).findOne({ where: { agencyId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Records or corrects the accreditation (a new one starts active); false when the number belongs to another agency. */
  async saveAccreditation(m: EntityManager, agencyId: string, b: AccreditationBody): Promise<boolean> {
    try {
      await m.query('SAVEPOINT accreditation_save');
      await m.query(
        `INSERT INTO agencies.accreditations (agency_id, number, status, valid_from, valid_until, service_codes, office_ids, areas)
         VALUES ($1, $2, 'active', $3, $4, $5, $6, $7)
         ON CONFLICT (agency_id) DO UPDATE SET number = EXCLUDED.number, valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
           service_codes = EXCLUDED.service_codes, office_ids = EXCLUDED.office_ids, areas = EXCLUDED.areas, updated_at = now()`,
        [agencyId, b.number, b.validFrom, b.validUntil ?? null, b.serviceCodes, b.officeIds, b.areas],
      );
      return true;
    } catch (e) {
      if (!isUniqueViolation(e, 'accreditations_number_key')) throw e;
      await m.query('ROLLBACK TO SAVEPOINT accreditation_save');
      return false;
    }
  }

  async setStatus(m: EntityManager, agencyId: string, status: AccreditationStatus, reason: string): Promise<void> {
    await m.query(`UPDATE agencies.accreditations SET status = $2, reason = $3, updated_at = now() WHERE agency_id = $1`, [agencyId, status, reason]);
  }

  /** Registers a client; false when the client id is taken (by any agency). */
  async insertClient(m: EntityManager, c: { clientId: string; agencyId: string; name: string; jwks: PublicJwks; scopes: string[] }): Promise<boolean> {
    const rows = (await m.query(
      `INSERT INTO agencies.clients (client_id, agency_id, name, jwks, scopes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (client_id) DO NOTHING RETURNING client_id`,
      [c.clientId, c.agencyId, c.name, JSON.stringify(c.jwks), c.scopes],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Revokes a client of the agency (its tokens stop working at once); null when the agency has no such client. */
  async revokeClient(m: EntityManager, agencyId: string, clientId: string): Promise<AgencyClientEntity | null> {
    await m.query(`UPDATE agencies.clients SET revoked_at = now() WHERE client_id = $1 AND agency_id = $2 AND revoked_at IS NULL`, [clientId, agencyId]);
    return m.getRepository(AgencyClientEntity).findOneBy({ clientId, agencyId });
  }
}
