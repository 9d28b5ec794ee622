import { Injectable } from '@nestjs/common';
import { JobQueue } from '../../../platform/jobs/job-queue';
import { AgendaRepository } from '../agenda.repository';

export const LIVE_SWEEP_QUEUE = 'agenda.live-sweep';

/**
 * Every five minutes: appointments whose time is over stop being `live` (they stay 'booked' until attendance is
 * recorded), so they no longer keep the person from booking the same service again. A booking that meets an
 * ended live appointment before the sweep does ends it itself (BookingService.book).
 */
@Injectable()
export class LiveSweepJob {
  constructor(
    private readonly repo: AgendaRepository,
    jobs: JobQueue,
  ) {
    jobs.register<Record<string, never>>(
      LIVE_SWEEP_QUEUE,
      async () => {
        await this.run();
      },
      { retryLimit: 0 },
    );
    jobs.scheduleEvery(LIVE_SWEEP_QUEUE, '*/5 * * * *');
  }

  run(now = new Date()): Promise<number> {
    return this.repo.endPastLive(undefined, now);
  }
}
