import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SqlStatement } from '../../database/sql-statement';
import type { RequestContext } from '../auth/request-context';
import { AuditRepository, type AuditRow, type AuditTrailRow } from './audit.repository';

export type { AuditTrailRow } from './audit.repository';

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

/**
 * Writes the append-only audit log. Pass the use case's EntityManager so that the record commits or rolls
 * back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  async record(ctx: RequestContext, records: AuditRecord | AuditRecord[], manager?: EntityManager): Promise<void> {
    const list = Array.isArray(records) ? records : [records];
    if (list.length === 0) return;
    const { actorFiscalCode, actorName, actorRole, ip, userAgent, correlationId } = this.actor(ctx);
    await this.repo.insert(
      manager,
      { actorFiscalCode, actorName, actorRole, ip, userAgent, correlationId },
      list.map((r) => this.row(r)),
    );
  }

  /**
   * The same record as a CTE member of a statement another module composes: `INSERT … SELECT … FROM <from>`,
   * so that it is written only when `from` (e.g. the CTE that took the seat) yields a row.
   */
  insertSql(st: SqlStatement, ctx: RequestContext, r: AuditRecord, from: string): string {
    return this.repo.insertSql(st, { ...this.actor(ctx), ...this.row(r) }, from);
  }

  /** Everything recorded about one person, newest first. */
  trailOf(subjectFiscalCode: string, limit = 200): Promise<AuditTrailRow[]> {
    return this.repo.trailOf(subjectFiscalCode, limit);
  }

  private actor(ctx: RequestContext): Pick<AuditRow, 'actorFiscalCode' | 'actorName' | 'actorRole' | 'ip' | 'userAgent' | 'correlationId'> {
    const p = ctx.principal;
    return {
      actorFiscalCode: p.fiscalCode,
      actorName: `${p.givenName} ${p.familyName}`,
      actorRole: p.staff?.role ?? p.roles[0] ?? 'citizen',
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      correlationId: ctx.correlationId,
    };
  }

  private row(r: AuditRecord): Omit<AuditRow, 'actorFiscalCode' | 'actorName' | 'actorRole' | 'ip' | 'userAgent' | 'correlationId'> {
    return {
      actorOfficeId: r.actorOfficeId ?? null,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId ?? null,
      subjectFiscalCode: r.subjectFiscalCode,
      outcome: r.outcome ?? 'allowed',
      details: r.details ?? {},
    };
  }
}
