import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryPrepared } from '../../../database/prepared-query';

export interface UnreadThreadRow {
  citizenId: string | null;
  companyId: string | null;
  unread: number;
  lastSentAt: Date;
}

/** The CPI's unread messages, by thread (the dossier's own table; whose office a thread belongs to is registry's). */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Threads with messages from the person or the company not yet read by the CPI, latest first. */
  unreadThreads(limit: number): Promise<UnreadThreadRow[]> {
    return queryPrepared(
      this.db,
      `SELECT citizen_id AS "citizenId", company_id AS "companyId", count(*)::int AS "unread", max(sent_at) AS "lastSentAt"
         FROM dossier.messages
        WHERE read_at IS NULL AND sender_role IN ('citizen', 'company')
        GROUP BY citizen_id, company_id
        ORDER BY max(sent_at) DESC
        LIMIT $1`,
      [limit],
    );
  }
}
