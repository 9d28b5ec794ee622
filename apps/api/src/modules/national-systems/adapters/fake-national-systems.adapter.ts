import { NationalSystemsError, NationalSystemsPort, type Benefit, type MeasureMessage, type ParticipationMessage, type Receipt } from '../national-systems.port';

/**
 * In-memory national systems for unit tests: benefits by fiscal code, each idempotency key recorded once (as the
 * real receivers do), and switches to be down (retryable errors) or to refuse content (non-retryable).
 */
export class FakeNationalSystemsAdapter extends NationalSystemsPort {
  /** fiscal code → benefits */
  readonly benefits = new Map<string, Benefit[]>();
  /** idempotency key → receipt and what was sent, in arrival order */
  readonly received = new Map<string, { receiptId: string; message: MeasureMessage | ParticipationMessage; times: number }>();
  /** every call, including refused ones */
  calls = 0;
  down = false;
  refuse = false;
  private next = 1;

  async readBenefits(fiscalCode: string): Promise<Benefit[]> {
    this.check();
    return this.benefits.get(fiscalCode) ?? [];
  }

  async sendMeasure(message: MeasureMessage): Promise<Receipt> {
    return this.record(message);
  }

  async sendParticipation(message: ParticipationMessage): Promise<Receipt> {
    return this.record(message);
  }

  private record(message: MeasureMessage | ParticipationMessage): Receipt {
    this.check();
    const seen = this.received.get(message.idempotencyKey);
    if (seen) {
      seen.times++;
      return { receiptId: seen.receiptId, duplicate: true };
    }
    const receiptId = `FAKE-${this.next++}`;
    this.received.set(message.idempotencyKey, { receiptId, message, times: 1 });
    return { receiptId, duplicate: false };
  }

  private check(): void {
    this.calls++;
    if (this.down) throw new NationalSystemsError('network:ECONNREFUSED', true);
    if (this.refuse) throw new NationalSystemsError('http:422', false, 422);
  }
}
