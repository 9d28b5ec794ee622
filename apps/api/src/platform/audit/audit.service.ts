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
      list.map((r) => this.row(r, ctx)),
    );
  }

  /**
   * The same record as a CTE member of a statement another module composes: `INSERT … SELECT … FROM <from>`,
   * so that it is written only when `from` (e.g. the CTE that took the seat) yields a row.
   */
  insertSql(st: SqlStatement, ctx: RequestContext, r: AuditRecord, from: string): string {
    return this.repo.insertSql(st, { ...this.actor(ctx), ...this.row(r, ctx) }, from);
  }

  /** Everything recorded about one person, newest first; `before`: only records older than that record id. */
  trailOf(subjectFiscalCode: string, limit = 200, before?: string): Promise<AuditTrailRow[]> {
    return this.repo.trailOf(subjectFiscalCode, limit, before);
  }

  private actor(ctx: RequestContext): Pick<AuditRow, 'actorFiscalCode' | 'actorName' | 'actorRole' | 'ip' | 'userAgent' | 'correlationId'> {
    const p = ctx.principal;
    // "done by X for Y": the intermediary's operator is the actor, the person stays the subject of each record
    if (p.delegate) {
      return {
        actorFiscalCode: p.delegate.fiscalCode,
        actorName: p.delegate.name,
        actorRole: 'intermediary_staff',
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        correlationId: ctx.correlationId,
      };
    }
    // a machine client of an accredited agency: the agency (VAT number, name) is the actor
    if (p.agencyClient) {
      const a = p.agencyClient;
      return { actorFiscalCode: a.vatNumber, actorName: a.agencyName, actorRole: 'agency_client', ip: ctx.ip, userAgent: ctx.userAgent, correlationId: ctx.correlationId };
    }
    return {
      actorFiscalCode: p.fiscalCode,
      actorName: `${p.givenName} ${p.familyName}`,
      actorRole: p.staff?.role ?? p.roles[0] ?? 'citizen',
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      correlationId: ctx.correlationId,
    };
  }

  private row(r: AuditRecord, ctx?: RequestContext): Omit<AuditRow, 'actorFiscalCode' | 'actorName' | 'actorRole' | 'ip' | 'userAgent' | 'correlationId'> {
    return {
      actorOfficeId: r.actorOfficeId ?? null,
      action: r.action,
      resourceType: r.resourceType,
      resourceId: r.resourceId ?? null,
      subjectFiscalCode: r.subjectFiscalCode,
      outcome: r.outcome ?? 'allowed',
      details: onBehalfOf(r.details ?? {}, ctx),
    };
  }
}

/** A delegated record names the person acted for and the organisation in `details.onBehalfOf`. */
function onBehalfOf(details: Record<string, unknown>, ctx?: RequestContext): Record<string, unknown> {
  const d = ctx?.principal.delegate;
  if (!d) return details;
  const p = ctx.principal;
  return { ...details, onBehalfOf: { fiscalCode: p.fiscalCode, name: `${p.givenName} ${p.familyName}`, organisationId: d.organisationId, organisationName: d.organisationName } };
}
