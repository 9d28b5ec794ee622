/**
 * Fails fast while the national systems are down: after `threshold` calls in a row that failed for a reason another
 * attempt might fix (timeouts, resets, 5xx), calls are refused at once for `cooldownMs`; then one trial call goes
 * through (half-open) and its outcome closes or reopens the circuit. The event relay delivers one event at a time,
 * so without this an outage with hanging connections would hold every consumer for timeout × attempts per measure.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private trialRunning = false;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a call may go out now (a threshold of 0 turns the breaker off). */
  allow(): boolean {
    if (this.threshold === 0 || this.failures < this.threshold) return true;
    if (this.now() < this.openUntil || this.trialRunning) return false;
    this.trialRunning = true; // half-open: this call is the trial
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.trialRunning = false;
  }

  /** A retryable failure (a refusal of the content is an answer: call succeeded() for it). */
  failed(): void {
    this.failures++;
    this.trialRunning = false;
    if (this.threshold > 0 && this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }

  get open(): boolean {
    return this.threshold > 0 && this.failures >= this.threshold && this.now() < this.openUntil;
  }
}
