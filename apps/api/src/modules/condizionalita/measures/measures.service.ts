import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { todayRome } from '../../../platform/time/rome-time';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { applyLadder, ruleInForce } from '../domain/ladder';
import type { ConditionalityCaseEntity } from '../entities/case.entity';
import type { DecisionEntity } from '../entities/decision.entity';
import type { MeasureEntity } from '../entities/measure.entity';

export interface LadderOutcome {
  ruleId: string;
  version: string;
  step: number;
  sanction: string;
  legalSource: string;
  verified: boolean;
  earlier: number;
}

/**
 * Measures: the step of the ladder a breach gets (counted from the person's earlier confirmed breaches under the same
 * rule version and benefit, serialised per person), the measure row, and `measure.decided` in the same transaction
 * (the national-systems module sends it to INPS). Measures are append-only; a reversal is a new row.
 */
@Injectable()
export class MeasuresService {
  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly outbox: EventOutbox,
  ) {}

  /** The ladder step a breach of this case gets now (the rule version in force on the day of the breach). */
  async ladderFor(m: EntityManager, c: ConditionalityCaseEntity): Promise<LadderOutcome | null> {
    const version = ruleInForce(await this.repo.rules(m), c.benefit, c.breachCode, c.occurredOn);
    if (version.length === 0) return null;
    const earlier = await this.repo.confirmedBreaches(m, c.citizenFiscalCode, c.breachCode, version[0]!.version, c.benefitId);
    const s = applyLadder(version, earlier);
    return { ruleId: s.id, version: s.version, step: s.step, sanction: s.sanction, legalSource: s.legalSource, verified: s.verified, earlier };
  }

  /** Decides the measure of a confirmed (or not-to-be-confirmed) decision and publishes it. Caller holds the case lock. */
  async decide(
    m: EntityManager,
    c: ConditionalityCaseEntity,
    decision: DecisionEntity,
    staffId: string,
    now = new Date(),
  ): Promise<{ measure: MeasureEntity; ladder: LadderOutcome } | null> {
    await this.repo.lockPerson(m, c.citizenFiscalCode);
    const ladder = await this.ladderFor(m, c);
    if (!ladder) return null;
    const measure = await this.repo.insertMeasure(m, {
      caseId: c.id,
      decisionId: decision.id,
      citizenFiscalCode: c.citizenFiscalCode,
      benefit: c.benefit,
      benefitId: c.benefitId,
      ruleId: ladder.ruleId,
      ruleCode: c.breachCode,
      ruleVersion: ladder.version,
      step: ladder.step,
      sanction: ladder.sanction,
      legalSource: ladder.legalSource,
      verified: ladder.verified,
      decidedOn: todayRome(now),
      reversalOf: null,
      appealReference: null,
      reasonText: decision.reasonText,
      createdByStaffId: staffId,
    });
    await this.publish(m, c, measure);
    return { measure, ladder };
  }

  /** A reversal (appeal upheld): a new measure `annulled` referencing the old one (the database allows one), published too. */
  async reverse(
    m: EntityManager,
    c: ConditionalityCaseEntity,
    original: MeasureEntity,
    body: { appealReference: string; reasonText: string },
    staffId: string,
    now = new Date(),
  ): Promise<MeasureEntity> {
    const reversal = await this.repo.insertMeasure(m, {
      caseId: c.id,
      decisionId: null,
      citizenFiscalCode: original.citizenFiscalCode,
      benefit: original.benefit,
      benefitId: original.benefitId,
      ruleId: original.ruleId,
      ruleCode: original.ruleCode,
      ruleVersion: original.ruleVersion,
      step: original.step,
      sanction: 'annulled',
      legalSource: original.legalSource,
      verified: original.verified,
      decidedOn: todayRome(now),
      reversalOf: original.id,
      appealReference: body.appealReference,
      reasonText: body.reasonText,
      createdByStaffId: staffId,
    });
    await this.publish(m, c, reversal);
    return reversal;
  }

  private publish(m: EntityManager, c: ConditionalityCaseEntity, x: MeasureEntity): Promise<void> {
    return this.outbox.publish(m, {
      type: 'measure.decided',
      aggregateType: 'measure',
      aggregateId: x.reversalOf ?? x.id,
      payload: {
        measureId: x.id,
        caseId: c.id,
        citizenFiscalCode: x.citizenFiscalCode.trim(),
        benefit: x.benefit,
        benefitId: x.benefitId,
        sanction: x.sanction,
        ruleCode: x.ruleCode,
        ruleVersion: x.ruleVersion,
        legalSource: x.legalSource,
        decidedOn: x.decidedOn,
        reversalOf: x.reversalOf,
      },
    });
  }
}
