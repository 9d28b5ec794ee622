import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryPrepared } from '../../database/prepared-query';
import type { SqlStatement } from '../../database/sql-statement';
import type { RequestContext } from '../auth/request-context';

export interface AuditRecord {
  /** dotted verb, e.g. `citizen.dossier.read` */
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** whose data was read or changed */
  subjectFiscalCode: string | null;
  outcome?: 'allowed' | 'denied';
  /** the office through which the actor acted, when there is one */
  actorOfficeId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditTrailRow {
  id: string; occurredAt: Date; actorFiscalCode: string; actorName: string | null; actorRole: string;
  actorOfficeName: string | null; action: string; resourceType: string; resourceId: string | null; outcome: 'allowed' | 'denied';
}

/**
 * Writes the append-only audit log. Pass the use case's EntityManager so that the record commits or rolls
 * back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(ctx: RequestContext, records: AuditRecord | AuditRecord[], manager: EntityManager = this.db.manager): Promise<void> {
    const list = Array.isArray(records) ? records : [records];
    if (list.length === 0) return;
    const p = ctx.principal;
    const actorRole = p.staff?.role ?? p.roles[0] ?? 'citizen';
    // one prepared statement whatever the number of records (reads are audited on every request)
    await queryPrepared(manager,
      `INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, ip, user_agent, correlation_id,
              actor_office_id, action, resource_type, resource_id, subject_fiscal_code, outcome, details)
       SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::text, t.*
         FROM unnest($7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::jsonb[]) AS t`,
      [p.fiscalCode, `${p.givenName} ${p.familyName}`, actorRole, ctx.ip, ctx.userAgent, ctx.correlationId,
        list.map((r) => r.actorOfficeId ?? null), list.map((r) => r.action), list.map((r) => r.resourceType), list.map((r) => r.resourceId ?? null),
        list.map((r) => r.subjectFiscalCode), list.map((r) => r.outcome ?? 'allowed'), list.map((r) => JSON.stringify(r.details ?? {}))],
    );
  }

  /**
   * The same record as a CTE member of a statement another module composes: `INSERT … SELECT … FROM <from>`,
   * so that it is written only when `from` (e.g. the CTE that took the seat) yields a row.
   */
  insertSql(st: SqlStatement, ctx: RequestContext, r: AuditRecord, from: string): string {
    const p = ctx.principal;
    return `INSERT INTO audit.audit_events (actor_fiscal_code, actor_name, actor_role, actor_office_id, action, resource_type, resource_id,
              subject_fiscal_code, outcome, ip, user_agent, correlation_id, details)
            SELECT ${st.p(p.fiscalCode)}, ${st.p(`${p.givenName} ${p.familyName}`)}, ${st.p(p.staff?.role ?? p.roles[0] ?? 'citizen')}, ${st.p(r.actorOfficeId ?? null, 'uuid')},
                   ${st.p(r.action)}, ${st.p(r.resourceType)}, ${st.p(r.resourceId ?? null)}, ${st.p(r.subjectFiscalCode)}, ${st.p(r.outcome ?? 'allowed')},
                   ${st.p(ctx.ip)}, ${st.p(ctx.userAgent)}, ${st.p(ctx.correlationId)}, ${st.p(JSON.stringify(r.details ?? {}), 'jsonb')} FROM ${from}`;
  }

  /** Everything recorded about one person, newest first. */
  async trailOf(subjectFiscalCode: string, limit = 200): Promise<AuditTrailRow[]> {
    return this.db.query(
      `SELECT e.id::text AS "id", e.occurred_at AS "occurredAt", e.actor_fiscal_code AS "actorFiscalCode",
              e.actor_name AS "actorName", e.actor_role AS "actorRole", o.name AS "actorOfficeName",
              e.action, e.resource_type AS "resourceType", e.resource_id AS "resourceId", e.outcome
         FROM audit.audit_events e
         LEFT JOIN registry.offices o ON o.id = e.actor_office_id
        WHERE e.subject_fiscal_code = $1
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT $2`,
      [subjectFiscalCode, limit],
    );
  }
}
