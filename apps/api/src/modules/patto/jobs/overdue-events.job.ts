import { Injectable } from '@nestjs/common';
import { EventOutbox } from '../../../platform/events/event-outbox';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { todayRome } from '../../../platform/time/rome-time';
import { PattiRepository } from '../patti/patti.repository';
import { PlanRepository } from '../plan/plan.repository';

export const OVERDUE_EVENTS_QUEUE = 'patto.overdue-events';

/**
 * Issue 13 producers. Daily just after midnight (Europe/Rome), and again every few hours in case a run was missed:
 * - `patto.signature-overdue`: a patto with a version still waiting for signatures after its due date;
 * - `plan.action-missed`: an action of a signed patto not done by its due date.
 * Each is published once: the row is marked (`…_published_at`) and the event written to the outbox in the same
 * transaction, and a run that overlaps another skips the rows the other marked.
 */
@Injectable()
export class OverdueEventsJob {
  constructor(
    private readonly patti: PattiRepository,
    private readonly plan: PlanRepository,
    private readonly events: EventOutbox,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(
      OVERDUE_EVENTS_QUEUE,
      async () => {
        await this.run();
      },
      { retryLimit: 3 },
    );
    jobs.scheduleEvery(OVERDUE_EVENTS_QUEUE, '5 0,6,12,18 * * *');
  }

  async run(now = new Date()): Promise<{ signatureOverdue: number; actionsMissed: number }> {
    const today = todayRome(now);
    return this.patti.transaction(async (m) => {
      const patti = await this.patti.markSignatureOverdue(m, today);
      for (const p of patti) {
        await this.events.publish(m, {
          type: 'patto.signature-overdue',
          aggregateType: 'patto',
          aggregateId: p.pattoId,
          payload: { pattoId: p.pattoId, citizenFiscalCode: p.citizenFiscalCode.trim(), officeId: p.officeId, dueDate: p.dueDate },
        });
      }
      const actions = await this.plan.markMissedActions(m, today);
      for (const a of actions) {
        await this.events.publish(m, {
          type: 'plan.action-missed',
          aggregateType: 'patto',
          aggregateId: a.pattoId,
          payload: { planItemId: a.planItemId, pattoId: a.pattoId, citizenFiscalCode: a.citizenFiscalCode.trim(), officeId: a.officeId, kind: a.kind, dueDate: a.dueDate },
        });
      }
      return { signatureOverdue: patti.length, actionsMissed: actions.length };
    });
  }
}
