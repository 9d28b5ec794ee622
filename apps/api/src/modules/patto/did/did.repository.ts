import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ChannelProfileEntity } from '../entities/channel-profile.entity';
import { DidEntity } from '../entities/did.entity';

/** An active DID past (or near) its contact deadline with no profiling or patto since: the worklist's candidates. */
export interface WorklistRow {
  citizenId: string;
  fiscalCode: string;
  officeId: string;
  filedAt: Date;
  benefit: string;
  deadline: string;
  chosenChannel: string | null;
  needsHelp: boolean;
}

/** DIDs, channel profiles and the dated legal parameters. */
@Injectable()
export class DidRepository {
  constructor(@InjectDataSource() readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  /** A legal figure in force on `date` (the newest row not after it). */
  async parameter(key: string, date: string, m: EntityManager = this.db.manager): Promise<number> {
    const rows = (await m.query(`SELECT value FROM patto.legal_parameters WHERE key = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1`, [key, date])) as {
      value: string;
    }[];
    if (!rows[0]) throw new Error(`legal parameter ${key} has no value on ${date}`);
    return Number(rows[0].value);
  }

  activeDid(citizenId: string, m: EntityManager = this.db.manager): Promise<DidEntity | null> {
    return m.getRepository(DidEntity).findOneBy({ citizenId, status: 'active' });
  }
  didsOf(citizenId: string): Promise<DidEntity[]> {
    return this.db.getRepository(DidEntity).find({ where: { citizenId }, order: { filedAt: 'DESC' } });
  }
  insertDid(m: EntityManager, row: Partial<DidEntity>): Promise<DidEntity> {
    const repo = m.getRepository(DidEntity);
    return repo.save(repo.create(row));
  }
  lockActiveDid(m: EntityManager, citizenId: string): Promise<DidEntity | null> {
    return m.getRepository(DidEntity).findOne({ where: { citizenId, status: 'active' }, lock: { mode: 'pessimistic_write' } });
  }
  async revokeDid(m: EntityManager, id: string, reason: string): Promise<void> {
    await m.getRepository(DidEntity).update(id, { status: 'revoked', revokedAt: new Date(), revokeReason: reason });
  }

  channelOf(citizenId: string): Promise<ChannelProfileEntity | null> {
    return this.db.getRepository(ChannelProfileEntity).findOneBy({ citizenId });
  }
  async upsertChannel(m: EntityManager, row: Partial<ChannelProfileEntity> & { citizenId: string }): Promise<ChannelProfileEntity> {
    const repo = m.getRepository(ChannelProfileEntity);
    await repo.upsert(row, ['citizenId']);
    return repo.findOneByOrFail({ citizenId: row.citizenId });
  }

  /**
   * Active DIDs of the given offices (the office recorded with the DID) due by `today` + 7 with no profiling and no
   * patto since filing. Names and the registry's current office are joined by the caller through RegistryService.
   */
  /** Active DIDs of these offices filed at or before `filedBefore` with no patto created since (outreach segment). */
  async withoutPattoSince(officeIds: string[], filedBefore: Date): Promise<string[]> {
    const rows = (await this.db.query(
      `SELECT d.citizen_id AS "citizenId" FROM patto.dids d
        WHERE d.status = 'active' AND d.office_id = ANY($1::uuid[]) AND d.filed_at <= $2
          AND NOT EXISTS (SELECT 1 FROM patto.patti p WHERE p.citizen_id = d.citizen_id AND p.created_at >= d.filed_at)`,
      [officeIds, filedBefore],
    )) as { citizenId: string }[];
    return rows.map((r) => r.citizenId);
  }

  worklistRows(officeIds: string[], today: string): Promise<WorklistRow[]> {
    return this.db.query(
      `SELECT d.citizen_id AS "citizenId", d.fiscal_code AS "fiscalCode", d.office_id AS "officeId", d.filed_at AS "filedAt", d.benefit,
              to_char(d.contact_deadline, 'YYYY-MM-DD') AS "deadline", ch.chosen_channel AS "chosenChannel", coalesce(ch.needs_help, false) AS "needsHelp"
         FROM patto.dids d
         LEFT JOIN patto.channel_profiles ch ON ch.citizen_id = d.citizen_id
        WHERE d.status = 'active' AND d.office_id = ANY($1::uuid[]) AND d.contact_deadline <= $2::date + 7
          AND NOT EXISTS (SELECT 1 FROM patto.patti p WHERE p.citizen_id = d.citizen_id AND p.created_at >= d.filed_at)
          AND NOT EXISTS (SELECT 1 FROM patto.profilings f WHERE f.citizen_id = d.citizen_id AND f.computed_at >= d.filed_at)
        ORDER BY d.contact_deadline, d.filed_at
        LIMIT 500`,
      [officeIds, today],
    ) as Promise<WorklistRow[]>;
  }
}
