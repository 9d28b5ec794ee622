import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type AssignmentListResponse,
  type AssignmentResponse,
  type CreateAssignmentBody,
  type EndAssignmentBody,
  type ListAssignmentsQuery,
  type PattoSignedV1,
  type TakeInChargeBody,
} from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { romeParts } from '../../../platform/time/rome-time';
import { RegistryService } from '../../registry/registry.service';
import { decodeCursor, encodeCursor, etagOf } from '../domain/paging';
import type { AssignmentEntity } from '../entities/assignment.entity';
import { agencyOf } from './agency-caller';
import { AgencyPersonView } from './agency-person-view';
import { toAssignmentResponse } from './assignment.mapper';
import { AssignmentsRepository, type NewAssignment } from './assignments.repository';
import { requireIfMatch } from './preconditions';

export interface WithEtag<T> {
  body: T;
  etag: string;
}

/**
 * People assigned to accredited agencies: from a signed patto that names the agency (the `agencies.assign-from-patto`
 * consumer) or by a CPI operator (GOL pathway); the agency lists them, takes them in charge and ends the assignment.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly repo: AssignmentsRepository,
    private readonly people: AgencyPersonView,
    private readonly registry: RegistryService,
    private readonly outbox: EventOutbox,
    private readonly audit: AuditService,
  ) {}

  /** A page of my agency's assignments, oldest first; `next` continues after the last one. */
  async list(ctx: RequestContext, q: ListAssignmentsQuery): Promise<AssignmentListResponse> {
    const { agencyId } = agencyOf(ctx);
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    if (q.cursor && !after)
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Unknown cursor', [{ pointer: '/cursor', detail: 'not a cursor of this list', constraint: 'cursor' }]);
    const limit = q.limit ?? 50;
    const rows = await this.repo.page(agencyId, q.status, after, limit + 1);
    const page = rows.slice(0, limit);
    const items = await this.responses(ctx, page, 'agencies.assignment.list');
    const last = page[page.length - 1];
    return { items, ...(rows.length > limit && last ? { next: encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) } : {}) };
  }

  async get(ctx: RequestContext, id: string): Promise<WithEtag<AssignmentResponse>> {
    const a = await this.mine(ctx, id);
    const [body] = await this.responses(ctx, [a], 'agencies.assignment.read');
    return { body: body!, etag: etagOf(a.id, a.version) };
  }

  /** Presa in carico: only from `assigned`, on a day between the assignment and today (Rome). */
  async takeInCharge(ctx: RequestContext, id: string, ifMatch: string | undefined, body: TakeInChargeBody, now = new Date()): Promise<WithEtag<AssignmentResponse>> {
    const { agencyId } = agencyOf(ctx);
    const saved = await this.repo.transaction(async (m) => {
      const a = await this.lockMine(m, agencyId, id);
      requireIfMatch(a, ifMatch);
      if (a.status !== 'assigned') throw new DomainError(a.status === 'ended' ? ErrorCode.ASSIGNMENT_ENDED : ErrorCode.ASSIGNMENT_NOT_ASSIGNED);
      if (body.takenInChargeOn < a.assignedOn || body.takenInChargeOn > romeParts(now).date) {
        throw new DomainError(ErrorCode.SERVICE_DATE_INVALID, 'The day is outside the assignment', [
          { pointer: '/takenInChargeOn', detail: `between ${a.assignedOn} and today`, constraint: 'range' },
        ]);
      }
      const after = await this.repo.update(m, a.id, { status: 'in_charge', takenInChargeOn: body.takenInChargeOn });
      await this.audit.record(ctx, this.change('agencies.assignment.take-in-charge', after, { takenInChargeOn: body.takenInChargeOn }), m);
      return after;
    });
    return this.get(ctx, saved.id);
  }

  /** Ends an assignment without an outcome (withdrawn, unreachable…). */
  async end(ctx: RequestContext, id: string, ifMatch: string | undefined, body: EndAssignmentBody, now = new Date()): Promise<WithEtag<AssignmentResponse>> {
    const { agencyId } = agencyOf(ctx);
    const saved = await this.repo.transaction(async (m) => {
      const a = await this.lockMine(m, agencyId, id);
      requireIfMatch(a, ifMatch);
      return this.close(m, ctx, a, { outcome: 'ended', reason: body.reason, note: body.note ?? null }, now);
    });
    return this.get(ctx, saved.id);
  }

  /** Ends an open, locked assignment (the outcome, if any, is written by the caller in the same transaction) and tells the subscribers. */
  async close(m: EntityManager, ctx: RequestContext, a: AssignmentEntity, how: { outcome: 'hired' | 'closed' | 'ended'; reason: string | null; note: string | null }, now: Date) {
    if (a.status === 'ended') throw new DomainError(ErrorCode.ASSIGNMENT_ENDED);
    const endedOn = romeParts(now).date;
    const after = await this.repo.update(m, a.id, { status: 'ended', endedOn, endReason: how.reason ?? how.outcome, endNote: how.note });
    await this.outbox.publish(m, {
      type: 'assignment.ended',
      aggregateType: 'agency_assignment',
      aggregateId: a.id,
      payload: { assignmentId: a.id, agencyId: a.agencyId, citizenId: a.citizenId, citizenFiscalCode: a.citizenFiscalCode, outcome: how.outcome, reason: how.reason, endedOn },
    });
    await this.audit.record(ctx, this.change('agencies.assignment.end', after, { outcome: how.outcome, reason: how.reason }), m);
    return after;
  }

  /** A CPI operator assigns a person of their offices to an agency (GOL pathway). */
  async assignByOperator(ctx: RequestContext, body: CreateAssignmentBody, now = new Date()): Promise<AssignmentResponse> {
    const citizen = await this.registry.citizenForStaff(ctx, body.citizenId, 'agencies.assignment.create');
    const agency = await this.registry.agency(body.agencyId);
    if (!agency) throw new DomainError(ErrorCode.AGENCY_NOT_FOUND, undefined, [{ pointer: '/agencyId', detail: 'no such agency', constraint: 'exists' }]);
    if (!(await this.repo.accreditedAmong([agency.id], romeParts(now).date)).has(agency.id)) {
      throw new DomainError(ErrorCode.AGENCY_NOT_ACCREDITED, 'The agency has no accreditation in force', [
        { pointer: '/agencyId', detail: 'accreditation not in force', constraint: 'accredited' },
      ]);
    }
    const a = await this.repo.transaction(async (m) => {
      const saved = await this.insert(m, {
        agencyId: agency.id,
        citizenId: citizen.id,
        citizenFiscalCode: citizen.fiscalCode,
        officeId: citizen.officeId,
        source: 'operator',
        pattoId: null,
        pattoVersion: null,
        pathway: body.pathway,
        assignedOn: romeParts(now).date,
        assignedBy: ctx.principal.fiscalCode,
      });
      if (!saved) throw new DomainError(ErrorCode.ASSIGNMENT_ALREADY_OPEN);
      await this.audit.record(ctx, { ...this.change('agencies.assignment.create', saved, { pathway: body.pathway }), actorOfficeId: citizen.officeId }, m);
      return saved;
    });
    const person = {
      citizenId: citizen.id,
      consented: true,
      initials: `${citizen.givenName.charAt(0)}. ${citizen.familyName.charAt(0)}.`.toUpperCase(),
      fiscalCode: citizen.fiscalCode,
      givenName: citizen.givenName,
      familyName: citizen.familyName,
    };
    return toAssignmentResponse(a, undefined, person, agency.name);
  }

  /** `patto.signed` naming an agency: the person is assigned to it (once per patto version; an open one is kept). */
  async assignFromPatto(m: EntityManager, p: PattoSignedV1, occurredAt: Date): Promise<void> {
    if (!p.agencyId) return;
    await this.insert(m, {
      agencyId: p.agencyId,
      citizenId: p.citizenId,
      citizenFiscalCode: p.citizenFiscalCode,
      officeId: p.officeId,
      source: 'patto',
      pattoId: p.pattoId,
      pattoVersion: p.version,
      pathway: null,
      assignedOn: romeParts(new Date(p.signedAt || occurredAt)).date,
      assignedBy: 'patto',
    });
  }

  /** Open assignments of a person, for the events that concern them (appointments). */
  openOf(m: EntityManager, fiscalCode: string): Promise<AssignmentEntity[]> {
    return this.repo.openOfFiscalCode(m, fiscalCode);
  }

  async lockMine(m: EntityManager, agencyId: string, id: string): Promise<AssignmentEntity> {
    const a = await this.repo.ofAgency(agencyId, id, m, true);
    if (!a) throw new DomainError(ErrorCode.ASSIGNMENT_NOT_FOUND);
    return a;
  }

  async mine(ctx: RequestContext, id: string): Promise<AssignmentEntity> {
    const a = await this.repo.ofAgency(agencyOf(ctx).agencyId, id);
    if (!a) throw new DomainError(ErrorCode.ASSIGNMENT_NOT_FOUND);
    return a;
  }

  private async insert(m: EntityManager, row: NewAssignment): Promise<AssignmentEntity | null> {
    const saved = await this.repo.insert(m, row);
    if (!saved) return null;
    await this.outbox.publish(m, {
      type: 'person.assigned',
      aggregateType: 'agency_assignment',
      aggregateId: saved.id,
      payload: {
        assignmentId: saved.id,
        agencyId: saved.agencyId,
        citizenId: saved.citizenId,
        citizenFiscalCode: saved.citizenFiscalCode,
        source: saved.source,
        pattoId: saved.pattoId,
        assignedOn: saved.assignedOn,
      },
    });
    return saved;
  }

  private async responses(ctx: RequestContext, rows: AssignmentEntity[], action: string): Promise<AssignmentResponse[]> {
    const [people, outcomes] = await Promise.all([
      this.people.of(
        ctx,
        rows.map((a) => ({ citizenId: a.citizenId, resourceId: a.id })),
        action,
      ),
      this.repo.outcomesOf(rows.map((a) => a.id)),
    ]);
    const agencyName = ctx.principal.agencyClient?.agencyName;
    return rows.map((a) => toAssignmentResponse(a, outcomes.get(a.id), people.get(a.citizenId) ?? { citizenId: a.citizenId, consented: false, initials: '' }, agencyName));
  }

  private change(action: string, a: AssignmentEntity, details: Record<string, unknown>) {
    return { action, resourceType: 'agency_assignment', resourceId: a.id, subjectFiscalCode: a.citizenFiscalCode, details: { agencyId: a.agencyId, ...details } };
  }
}
