import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import type { SqlStatement } from '../../database/sql-statement';

export interface AuditTrailRow {
  id: string;
  occurredAt: Date;
  actorFiscalCode: string;
  actorName: string | null;
  actorRole: string;
  actorOfficeId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  outcome: 'allowed' | 'denied';
  details: Record<string, unknown>;
}

/** The columns of one audit record, actor included. */
export interface AuditRow {
  actorFiscalCode: string;
  actorName: string;
  actorRole: string;
  ip: string | null;
  userAgent: string | null;
  correlationId: string | null;
  actorOfficeId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectFiscalCode: string | null;
  outcome: 'allowed' | 'denied';
  details: Record<string, unknown>;
}

/** Every query of the audit log (append-only: a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records of one actor in one prepared statement whatever their number (reads are audited on every request). */
  async insert(
    m: EntityManager | undefined,
    actor: Pick<AuditRow, 'actorFiscalCode' | 'actorName' | 'actorRole' | 'ip' | 'userAgent' | 'correlationId'>,
    rows: Omit<AuditRow, keyof typeof actor>[],
  ): Promise<void> {
    await queryPrepared(
      m ?? this.db.manager,
      `INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, ip, user_agent, correlation_id,
              actor_office_id, action, resource_type, resource_id, subject_fiscal_code, outcome, details)
       SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, t.*
         FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[]) AS t`,
      [
        actor.actorFiscalCode,
        actor.actorName,
        actor.actorRole,
        actor.ip,
        actor.userAgent,
        actor.correlationId,
        rows.map((r) => r.actorOfficeId),
        rows.map((r) => r.action),
        rows.map((r) => r.resourceType),
        rows.map((r) => r.resourceId),
        rows.map((r) => r.subjectFiscalCode),
        rows.map((r) => r.outcome),
        rows.map((r) => JSON.stringify(r.details)),
      ],
    );
  }

  /** The same record as a CTE member of a composed statement: written only when `from` yields a row. */
  insertSql(st: SqlStatement, r: AuditRow, from: string): string {
    return `INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, actor_office_id, action, resource_type, resource_id,
              subject_fiscal_code, outcome, ip, user_agent, correlation_id, details)
            SELECT ${st.p(r.actorFiscalCode)}, ${st.p(r.actorName)}, ${st.p(r.actorRole)}, ${st.p(r.actorOfficeId, 'uuid')},
                   ${st.p(r.action)}, ${st.p(r.resourceType)}, ${st.p(r.resourceId)}, ${st.p(r.subjectFiscalCode)}, ${st.p(r.outcome)},
                   ${st.p(r.ip)}, ${st.p(r.userAgent)}, ${st.p(r.correlationId)}, ${st.p(JSON.stringify(r.details), 'jsonb')} FROM ${from}`;
  }

  /**
   * Everything recorded about one person, newest first (office ids: the registry names them); `before` (an id) is the
   * keyset cursor: only records older than that one (same order: occurred_at, then id).
   */
  async trailOf(subjectFiscalCode: string, limit: number, before?: string): Promise<AuditTrailRow[]> {
    return this.db.query(
      `SELECT e.id::text AS "id", e.occurred_at AS "occurredAt", e.actor_fiscal_code AS "actorFiscalCode",
              e.actor_name AS "actorName", e.actor_role AS "actorRole", e.actor_office_id AS "actorOfficeId",
              e.action, e.resource_type AS "resourceType", e.resource_id AS "resourceId", e.outcome, e.details
         FROM audit.audit_events e
        WHERE e.subject_fiscal_code = $1
          AND ($3::bigint IS NULL OR (e.occurred_at, e.id) < (SELECT c.occurred_at, c.id FROM audit.audit_events c WHERE c.id = $3::bigint))
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $2`,
      [subjectFiscalCode, limit, before ?? null],
    );
  }
}
