/**
 * How the HTTP adapter retries inside one call: a few attempts with exponential backoff and full jitter
 * (a random delay in [0, min(cap, base·2^n)], AWS Architecture Blog "Exponential Backoff And Jitter"), for answers
 * and failures that may succeed later. The long-term retrying (an outage of hours) is the event relay's job.
 */
export interface RetryPolicy {
  /** attempts in one call, the first included */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2000 };

/** Delay before retry number `retry` (1 = the first retry): uniform in [0, min(maxDelayMs, baseDelayMs·2^(retry-1))]. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(Math.max(retry - 1, 0), 30));
  return Math.floor(random() * ceiling);
}

/** An HTTP status that another attempt may turn into a success: timeouts, throttling and server faults. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Retry-After in seconds (RFC 9110 also allows a date), as milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
