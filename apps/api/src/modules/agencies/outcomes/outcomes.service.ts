import { Injectable } from '@nestjs/common';
import { ErrorCode, type AssignmentResponse, type RecordAssignmentOutcomeBody } from '@opencpi/contracts';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { agencyOf } from '../assignments/agency-caller';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { AssignmentsService, type WithEtag } from '../assignments/assignments.service';
import { requireIfMatch } from '../assignments/preconditions';

/**
 * The outcome of an assignment: hired (contract type, start day, employer; only for a person in charge) or the pathway
 * closed with a reason. Recording it ends the assignment (and tells the subscribers: `assignment.ended`).
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly repo: AssignmentsRepository,
    private readonly assignments: AssignmentsService,
  ) {}

  async record(ctx: RequestContext, assignmentId: string, ifMatch: string | undefined, body: RecordAssignmentOutcomeBody, now = new Date()): Promise<WithEtag<AssignmentResponse>> {
    const agency = agencyOf(ctx);
    await this.repo.transaction(async (m) => {
      const a = await this.assignments.lockMine(m, agency.agencyId, assignmentId);
      requireIfMatch(a, ifMatch);
      if (a.status === 'ended') throw new DomainError(ErrorCode.ASSIGNMENT_ENDED);
      if (body.kind === 'hired' && a.status !== 'in_charge') throw new DomainError(ErrorCode.ASSIGNMENT_NOT_IN_CHARGE);
      if (body.kind === 'hired' && a.takenInChargeOn && body.startDate! < a.takenInChargeOn) {
        throw new DomainError(ErrorCode.SERVICE_DATE_INVALID, undefined, [{ pointer: '/startDate', detail: `not before ${a.takenInChargeOn}`, constraint: 'range' }]);
      }
      const hired = body.kind === 'hired';
      await this.repo.insertOutcome(m, {
        assignmentId: a.id,
        kind: body.kind,
        contractType: hired ? body.contractType! : null,
        startDate: hired ? body.startDate! : null,
        employerVatNumber: hired ? body.employerVatNumber! : null,
        employerName: hired ? body.employerName! : null,
        reason: hired ? null : body.reason!,
        note: body.note ?? null,
        recordedBy: agency.clientId,
      });
      await this.assignments.close(m, ctx, a, { outcome: body.kind, reason: hired ? null : body.reason!, note: body.note ?? null }, now);
    });
    return this.assignments.get(ctx, assignmentId);
  }
}
