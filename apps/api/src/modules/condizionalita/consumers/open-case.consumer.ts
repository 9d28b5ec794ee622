import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NonRetryableEventError, type DeliveredEvent, type EventConsumer } from '../../../platform/events/event-consumers';
import { NationalSystemsService } from '../../national-systems/national-systems.service';
import { RegistryService } from '../../registry/registry.service';
import { CaseNotifier } from '../case-notifier';
import { CondizionalitaRepository } from '../condizionalita.repository';
import { benefitFor, carriesObligations } from '../domain/benefit-choice';
import { intakeOf } from '../domain/breach';
import { justificationDeadline, windowParameterOf } from '../domain/justification-window';
import { applyLadder, ruleInForce } from '../domain/ladder';

/** The consumer's name and the events it reads (the demo seed publishes to it outside the app). */
export const OPEN_CASE = { name: 'condizionalita.open-case', types: ['attendance.recorded', 'offer.refused', 'patto.signature-overdue', 'plan.action-missed'] } as const;

/**
 * `condizionalita.open-case`: an event that can lead to a sanction opens a case when the person has a benefit that
 * carries obligations (read from INPS through the national-systems module). Every event it considers leaves one
 * intake decision (unique by source event: a redelivery has no effect even without the relay's own record):
 * case_opened, no_benefit, no_rule, justified_at_desk (attendance `absent_justified`: no case), not_a_breach.
 * When INPS cannot answer, it throws: the relay retries later and the event is not lost.
 */
@Injectable()
export class OpenCaseConsumer implements EventConsumer {
  readonly name = OPEN_CASE.name;
  readonly types = OPEN_CASE.types;
  readonly maxAttempts = 50; // an INPS outage only delays a case

  constructor(
    private readonly repo: CondizionalitaRepository,
    private readonly nationalSystems: NationalSystemsService,
    private readonly registry: RegistryService,
    private readonly notifier: CaseNotifier,
  ) {}

  async handle(event: DeliveredEvent, m: EntityManager): Promise<void> {
    if (event.version !== 1) throw new NonRetryableEventError(`${event.type} v${event.version} is not known to ${this.name}`);
    const intake = intakeOf(event.type, event.payload, event.occurredAt);
    if (intake.kind === 'ignore' || (await this.repo.intakeRecorded(m, event.id))) return;
    const record = (outcome: string, details: Record<string, unknown>, caseId: string | null = null) =>
      this.repo.recordIntake(m, {
        sourceEventId: event.id,
        eventType: event.type,
        citizenFiscalCode: intake.fiscalCode,
        outcome,
        caseId,
        details: { sourceRef: intake.sourceRef, ...details },
      });
    if (intake.kind === 'no_case') return record(intake.outcome, {});

    const benefits = await this.nationalSystems.benefitsOf(intake.fiscalCode); // throws while INPS is down: retried
    const rules = await this.repo.rules(m);
    const seen = benefits.map((b) => ({ id: b.id, type: b.type, status: b.status }));
    const benefit = benefitFor(benefits, intake.occurredOn, (type) => ruleInForce(rules, type, intake.breachCode, intake.occurredOn).length > 0);
    if (!benefit) {
      const outcome = benefits.some((b) => carriesObligations(b, intake.occurredOn)) ? 'no_rule' : 'no_benefit';
      return record(outcome, { breachCode: intake.breachCode, occurredOn: intake.occurredOn, benefits: seen });
    }

    const person = await this.registry.citizenRef(intake.fiscalCode);
    const officeId = intake.officeId ?? person?.officeId ?? null;
    if (!person || !officeId) throw new NonRetryableEventError(`${this.name}: ${intake.fiscalCode} has no registry record or office`);
    const windowParameter = windowParameterOf(intake.breachCode);
    const days = await this.repo.parameterOn(m, windowParameter, intake.occurredOn);
    if (!days) throw new Error(`${this.name}: no ${windowParameter} in force on ${intake.occurredOn}`);

    const c = await this.repo.insertCase(m, {
      sourceEventId: event.id,
      sourceType: event.type,
      sourceRef: intake.sourceRef,
      citizenId: person.id,
      citizenFiscalCode: person.fiscalCode,
      officeId,
      benefit: benefit.type,
      benefitId: benefit.id,
      breachCode: intake.breachCode,
      occurredOn: intake.occurredOn,
      deadline: justificationDeadline(intake.occurredOn, Number(days.value)),
      windowParameter,
      state: 'open',
    });
    await record('case_opened', { breachCode: intake.breachCode, occurredOn: intake.occurredOn, benefits: seen, benefitId: benefit.id }, c.id);
    await this.repo.addEvent(m, c.id, 'case.opened', { breachCode: c.breachCode, occurredOn: c.occurredOn, deadline: c.deadline, benefit: c.benefit, sourceType: c.sourceType });

    const version = ruleInForce(rules, benefit.type, intake.breachCode, intake.occurredOn);
    const prospective = applyLadder(version, await this.repo.confirmedBreaches(m, person.fiscalCode, intake.breachCode, version[0]!.version, benefit.id));
    const messages = await this.notifier.caseOpened(m, c, person, prospective);
    await this.repo.addEvent(m, c.id, 'notification.queued', { template: 'condizionalita.case_opened', messages: String(messages) });
  }
}
