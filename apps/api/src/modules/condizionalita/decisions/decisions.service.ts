import { Injectable } from '@nestjs/common';
import { ErrorCode, type ConditionalityCaseResponse, type ConfirmDecisionBody, type DecideCaseBody, type MeasureResponse, type ReverseMeasureBody } from '@opencpi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/auth/request-context';
import { DomainError } from '../../../platform/errors/domain-error';
import { CaseNotifier } from '../case-notifier';
import { OperatorCasesService, staffOf } from '../cases/operator-cases.service';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { toMeasure } from '../condizionalita.mapper';
import { windowOpenAt } from '../domain/justification-window';
import { needsFourEyes } from '../domain/ladder';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import { MeasuresService } from '../measures/measures.service';

const MANAGERS = ['cpi_manager', 'region_admin'];

/**
 * Decisions on cases. Justified: closed at once, no measure. Not justified: the ladder gives the sanction; a cut or
 * a loss waits for a manager who is not the decider (four eyes: checked here, and by a CHECK in the database), whose
 * confirmation creates the measure and publishes `measure.decided` in the same transaction. A returned decision puts
 * the case back. A reversal (appeal upheld) is a new measure referencing the old one, published too.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly cases: OperatorCasesService,
    private readonly measures: MeasuresService,
    private readonly notifier: CaseNotifier,
    private readonly audit: AuditService,
  ) {}

  async decide(ctx: RequestContext, caseId: string, body: DecideCaseBody, now = new Date()): Promise<ConditionalityCaseResponse> {
    const staff = staffOf(ctx);
    const name = nameOf(ctx);
    await this.repo.transaction(async (m) => {
      const { c, citizen } = await this.cases.inScope(ctx, caseId, 'condizionalita.case.decide', await this.repo.lockCase(m, caseId));
      if (c.state !== 'open' && c.state !== 'justification_submitted') throw new DomainError(ErrorCode.CASE_NOT_DECIDABLE, `The case is ${c.state}`);
      if (body.outcome === 'justified') {
        await this.repo.insertDecision(m, {
          caseId: c.id,
          outcome: 'justified',
          reasonCode: body.reasonCode!,
          reasonText: body.reasonText ?? null,
          decidedByStaffId: staff.staffId,
          decidedByName: name,
          status: 'not_required',
        });
        await this.repo.addEvent(m, c.id, 'decision.justified', { reasonCode: body.reasonCode! }, name);
        await this.notifier.justified(m, c, citizen);
        await this.repo.setState(m, c.id, 'decided_justified');
      } else {
        // the person may still justify until the last day: "not justified" waits for the window to close
        if (c.state === 'open' && windowOpenAt(c.deadline, now)) throw new DomainError(ErrorCode.CASE_NOT_DECIDABLE, `The person may justify until ${c.deadline}`);
        const ladder = await this.measures.ladderFor(m, c);
        if (!ladder) throw new DomainError(ErrorCode.NO_SANCTION_RULE);
        const fourEyes = needsFourEyes(ladder.sanction);
        const decision = await this.repo.insertDecision(m, {
          caseId: c.id,
          outcome: 'not_justified',
          reasonCode: null,
          reasonText: body.reasonText!,
          decidedByStaffId: staff.staffId,
          decidedByName: name,
          status: fourEyes ? 'pending' : 'not_required',
        });
        await this.repo.addEvent(m, c.id, 'decision.not_justified', { sanction: ladder.sanction, step: String(ladder.step), ruleVersion: ladder.version }, name);
        if (fourEyes) await this.repo.setState(m, c.id, 'pending_confirmation');
        else await this.confirmMeasure(m, c, decision.id, staff.staffId, name, citizen);
      }
      await this.audit.record(
        ctx,
        {
          action: 'condizionalita.case.decided',
          resourceType: 'conditionality_case',
          resourceId: c.id,
          subjectFiscalCode: c.citizenFiscalCode.trim(),
          actorOfficeId: c.officeId,
          details: { outcome: body.outcome, reasonCode: body.reasonCode ?? null },
        },
        m,
      );
    });
    return this.cases.caseFor(ctx, caseId);
  }

  async confirm(ctx: RequestContext, caseId: string, body: ConfirmDecisionBody): Promise<ConditionalityCaseResponse> {
    const staff = staffOf(ctx);
    if (!MANAGERS.includes(staff.role)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a manager confirms a decision');
    const name = nameOf(ctx);
    await this.repo.transaction(async (m) => {
      const { c, citizen } = await this.cases.inScope(ctx, caseId, 'condizionalita.case.confirm', await this.repo.lockCase(m, caseId));
      const decision = await this.repo.activeDecision(c.id, m);
      if (c.state !== 'pending_confirmation' || !decision || decision.status !== 'pending') throw new DomainError(ErrorCode.CASE_NOT_PENDING_CONFIRMATION);
      if (decision.decidedByStaffId === staff.staffId) throw new DomainError(ErrorCode.FOUR_EYES_SAME_PERSON);
      await this.repo.closeDecision(m, decision.id, body.outcome, staff.staffId, name, body.note ?? null);
      if (body.outcome === 'returned') {
        await this.repo.addEvent(m, c.id, 'confirmation.returned', { note: body.note ?? '' }, name);
        await this.repo.setState(m, c.id, (await this.repo.justification(c.id, m)) ? 'justification_submitted' : 'open');
      } else {
        await this.repo.addEvent(m, c.id, 'confirmation.confirmed', {}, name);
        await this.confirmMeasure(m, c, decision.id, staff.staffId, name, citizen);
      }
      await this.audit.record(
        ctx,
        {
          action: 'condizionalita.case.confirmation',
          resourceType: 'conditionality_case',
          resourceId: c.id,
          subjectFiscalCode: c.citizenFiscalCode.trim(),
          actorOfficeId: c.officeId,
          details: { outcome: body.outcome, decisionId: decision.id },
        },
        m,
      );
    });
    return this.cases.caseFor(ctx, caseId);
  }

  async reverse(ctx: RequestContext, measureId: string, body: ReverseMeasureBody): Promise<MeasureResponse> {
    const staff = staffOf(ctx);
    if (!MANAGERS.includes(staff.role)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a manager records an upheld appeal');
    return this.repo.transaction(async (m) => {
      const original = await this.repo.measureById(measureId, m);
      const c = original ? await this.repo.lockCase(m, original.caseId) : null;
      if (!original || !c) throw new DomainError(ErrorCode.MEASURE_NOT_FOUND);
      const { citizen } = await this.cases.inScope(ctx, c.id, 'condizionalita.measure.reverse', c).catch(() => {
        throw new DomainError(ErrorCode.MEASURE_NOT_FOUND);
      });
      if (original.reversalOf || (await this.repo.measuresOfCase(c.id)).some((x) => x.reversalOf === original.id)) throw new DomainError(ErrorCode.MEASURE_NOT_REVERSIBLE);
      const reversal = await this.measures.reverse(m, c, original, body, staff.staffId);
      await this.repo.addEvent(
        m,
        c.id,
        'measure.reversed',
        { measureId: original.id, reversalId: reversal.id, appealReference: body.appealReference, upheldOn: body.upheldOn },
        nameOf(ctx),
      );
      await this.notifier.reversed(m, c, reversal, original, citizen);
      await this.audit.record(
        ctx,
        {
          action: 'condizionalita.measure.reversed',
          resourceType: 'conditionality_measure',
          resourceId: reversal.id,
          subjectFiscalCode: c.citizenFiscalCode.trim(),
          actorOfficeId: c.officeId,
          details: { reversalOf: original.id, appealReference: body.appealReference },
        },
        m,
      );
      return toMeasure(reversal, undefined);
    });
  }

  /** The measure of a decision: ladder step, measure row, `measure.decided`, the person told; the case becomes immutable. */
  private async confirmMeasure(
    m: EntityManager,
    c: ConditionalityCaseEntity,
    decisionId: string,
    staffId: string,
    name: string,
    citizen: Parameters<CaseNotifier['measureDecided']>[3],
  ): Promise<void> {
    const decision = (await this.repo.activeDecision(c.id, m))!;
    const decided = await this.measures.decide(m, c, { ...decision, id: decisionId }, staffId);
    if (!decided) throw new DomainError(ErrorCode.NO_SANCTION_RULE);
    await this.repo.addEvent(
      m,
      c.id,
      'measure.decided',
      { measureId: decided.measure.id, sanction: decided.measure.sanction, step: String(decided.measure.step), ruleVersion: decided.measure.ruleVersion },
      name,
    );
    await this.notifier.measureDecided(m, c, decided.measure, citizen);
    await this.repo.setState(m, c.id, 'measure_confirmed'); // last: from here the trigger refuses any change to the case
  }
}

const nameOf = (ctx: RequestContext) => `${ctx.principal.givenName} ${ctx.principal.familyName}`;
