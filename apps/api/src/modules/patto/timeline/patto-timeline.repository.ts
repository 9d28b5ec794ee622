import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface TimelineRows {
  dids: { id: string; filed_at: Date; revoked_at: Date | null }[];
  profilings: { id: string; computed_at: Date; assessed_at: Date | null; chosen_pathway: number | null; assessed_by: string | null }[];
  versions: { patto_id: string; version: number; proposed_at: Date | null; signed_at: Date | null }[];
  signatures: { id: string; party: string; signer_name: string; signed_at: Date; version: number }[];
  items: { id: string; source: string; title: string; created_at: Date; status: string; status_at: Date | null }[];
}

/** What happened in a person's taking charge, read for the reserved area's timeline. */
@Injectable()
export class PattoTimelineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rowsOf(citizenId: string): Promise<TimelineRows> {
    const [dids, profilings, versions, signatures, items] = await Promise.all([
      this.db.query(`SELECT id, filed_at, revoked_at FROM patto.dids WHERE citizen_id = $1`, [citizenId]),
      this.db.query(`SELECT id, computed_at, assessed_at, chosen_pathway, assessed_by FROM patto.profilings WHERE citizen_id = $1`, [citizenId]),
      this.db.query(`SELECT v.patto_id, v.version, v.proposed_at, v.signed_at FROM patto.patto_versions v JOIN patto.patti p ON p.id = v.patto_id WHERE p.citizen_id = $1`, [
        citizenId,
      ]),
      this.db.query(
        `SELECT s.id, s.party, s.signer_name, s.signed_at, v.version FROM patto.signatures s JOIN patto.patto_versions v ON v.id = s.version_id JOIN patto.patti p ON p.id = v.patto_id WHERE p.citizen_id = $1`,
        [citizenId],
      ),
      this.db.query(`SELECT id, source, title, created_at, status, status_at FROM patto.plan_items WHERE citizen_id = $1`, [citizenId]),
    ]);
    return { dids, profilings, versions, signatures, items } as TimelineRows;
  }
}
