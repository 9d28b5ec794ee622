import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CampaignEntity } from './entities/campaign.entity';
import { CampaignRecipientEntity } from './entities/campaign-recipient.entity';

export interface RecipientRow {
  citizenId: string;
  fiscalCode: string;
  variant: 'A' | 'B';
  status: 'pending' | 'sent' | 'unreachable';
  invitationId: string | null;
}

/** Every query of the campaigns schema. */
@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async insert(
    m: EntityManager,
    c: Omit<CampaignEntity, 'id' | 'createdAt' | 'status' | 'launchSize' | 'launchedAt' | 'launchedBy' | 'launchedByName' | 'completedAt'>,
  ): Promise<CampaignEntity> {
    return m.getRepository(CampaignEntity).save(m.getRepository(CampaignEntity).create(c));
  }

  /** The campaign, locked FOR UPDATE when `lock` (inside the transaction of `m`). */
  byId(id: string, m: EntityManager = this.db.manager, lock = false): Promise<CampaignEntity | null> {
    return m.getRepository(CampaignEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  ofOffices(officeIds: string[]): Promise<CampaignEntity[]> {
    return this.db.getRepository(CampaignEntity).find({ where: { officeId: In(officeIds) }, order: { createdAt: 'DESC' }, take: 200 });
  }

  async runningIds(): Promise<string[]> {
    const rows = (await this.db.query(`SELECT id FROM campaigns.campaigns WHERE status = 'running' ORDER BY launched_at`)) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async markLaunched(m: EntityManager, id: string, launch: { size: number; at: Date; by: string; byName: string }): Promise<void> {
    await m.query(`UPDATE campaigns.campaigns SET status = 'running', launch_size = $2, launched_at = $3, launched_by = $4, launched_by_name = $5 WHERE id = $1`, [
      id,
      launch.size,
      launch.at,
      launch.by,
      launch.byName,
    ]);
  }

  async markCompleted(m: EntityManager, id: string, at: Date): Promise<void> {
    await m.query(`UPDATE campaigns.campaigns SET status = 'completed', completed_at = $2 WHERE id = $1 AND status = 'running'`, [id, at]);
  }

  async insertRecipients(m: EntityManager, campaignId: string, rows: { citizenId: string; fiscalCode: string; variant: 'A' | 'B' }[]): Promise<void> {
    if (rows.length === 0) return;
    await m.query(
      `INSERT INTO campaigns.recipients (campaign_id, citizen_id, fiscal_code, variant)
       SELECT $1, x.citizen_id, x.fiscal_code, x.variant FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(citizen_id, fiscal_code, variant)`,
      [campaignId, rows.map((r) => r.citizenId), rows.map((r) => r.fiscalCode), rows.map((r) => r.variant)],
    );
  }

  /** People processed (sent or unreachable) on a Rome day: what the daily cap counts. */
  async processedOn(m: EntityManager, campaignId: string, day: string): Promise<number> {
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM campaigns.recipients WHERE campaign_id = $1 AND sent_on = $2`, [campaignId, day])) as { n: number }[];
    return row?.n ?? 0;
  }

  pending(m: EntityManager, campaignId: string, limit: number): Promise<RecipientRow[]> {
    return m.getRepository(CampaignRecipientEntity).find({ where: { campaignId, status: 'pending' }, order: { citizenId: 'ASC' }, take: limit });
  }

  async markProcessed(
    m: EntityManager,
    r: { campaignId: string; citizenId: string; status: 'sent' | 'unreachable'; day: string; at: Date; invitationId: string | null },
  ): Promise<void> {
    await m.query(`UPDATE campaigns.recipients SET status = $3, sent_on = $4, sent_at = $5, invitation_id = $6 WHERE campaign_id = $1 AND citizen_id = $2 AND status = 'pending'`, [
      r.campaignId,
      r.citizenId,
      r.status,
      r.day,
      r.at,
      r.invitationId,
    ]);
  }

  async pendingCount(m: EntityManager, campaignId: string): Promise<number> {
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM campaigns.recipients WHERE campaign_id = $1 AND status = 'pending'`, [campaignId])) as { n: number }[];
    return row?.n ?? 0;
  }

  recipientsOf(campaignId: string): Promise<RecipientRow[]> {
    return this.db.getRepository(CampaignRecipientEntity).find({ where: { campaignId }, order: { citizenId: 'ASC' } });
  }
}
