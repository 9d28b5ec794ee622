import { Logger } from '@nestjs/common';
import { NationalSystemsError, NationalSystemsPort, type Benefit, type MeasureMessage, type ParticipationMessage, type Receipt } from '../national-systems.port';
import { CircuitBreaker } from './circuit-breaker';
import { DEFAULT_RETRY_POLICY, backoffDelayMs, isRetryableStatus, retryAfterMs, type RetryPolicy } from './retry-policy';

export interface HttpNationalSystemsOptions {
  /** per attempt, answer body included */
  timeoutMs: number;
  retry?: RetryPolicy;
  /** fail fast after `failures` failed calls in a row, for `cooldownMs` (failures 0: never) */
  circuit?: { failures: number; cooldownMs: number };
  /** tests */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const BENEFIT_TYPES = new Set(['NASPI', 'DISCOLL', 'ADI', 'SFL']);
const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The national systems over HTTP (JSON): INPS benefits by fiscal code, measures and SIISL participation events with an
 * `Idempotency-Key` (the same on every attempt, so the receiver records a message once however often it arrives).
 * Each call makes a few attempts (RetryPolicy) on timeouts, network errors, 408, 429 and 5xx, then throws a
 * NationalSystemsError whose message is a stable code: `timeout`, `network:<code>`, `http:<status>`, `invalid-answer`,
 * `circuit-open` (refused without trying: the last calls all failed, see CircuitBreaker).
 */
export class HttpNationalSystemsAdapter extends NationalSystemsPort {
  private readonly logger = new Logger('NationalSystemsHttp');
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly breaker: CircuitBreaker;

  constructor(
    private readonly baseUrl: string,
    private readonly opts: HttpNationalSystemsOptions,
  ) {
    super();
    this.retry = opts.retry ?? DEFAULT_RETRY_POLICY;
    this.sleep = opts.sleep ?? sleepFor;
    this.random = opts.random ?? Math.random;
    this.breaker = new CircuitBreaker(opts.circuit?.failures ?? 5, opts.circuit?.cooldownMs ?? 5000);
  }

  async readBenefits(fiscalCode: string): Promise<Benefit[]> {
    const body = await this.call('GET', `/inps/benefits?fiscalCode=${encodeURIComponent(fiscalCode)}`);
    const items = (body as { items?: unknown }).items;
    if (!Array.isArray(items) || !items.every(isBenefit)) throw new NationalSystemsError('invalid-answer', true);
    return items;
  }

  async sendMeasure(message: MeasureMessage): Promise<Receipt> {
    return receipt(await this.call('POST', '/inps/measures', message.idempotencyKey, message));
  }

  async sendParticipation(message: ParticipationMessage): Promise<Receipt> {
    return receipt(await this.call('POST', '/siisl/participation', message.idempotencyKey, message));
  }

  private async call(method: 'GET' | 'POST', path: string, idempotencyKey?: string, body?: object): Promise<unknown> {
    if (!this.breaker.allow()) throw new NationalSystemsError('circuit-open', true);
    try {
      const answer = await this.attempts(method, path, idempotencyKey, body);
      this.breaker.succeeded();
      return answer;
    } catch (e) {
      if (e instanceof NationalSystemsError && !e.retryable)
        this.breaker.succeeded(); // it answered: it is up
      else this.breaker.failed();
      throw e;
    }
  }

  private async attempts(method: 'GET' | 'POST', path: string, idempotencyKey?: string, body?: object): Promise<unknown> {
    let last: NationalSystemsError | undefined;
    for (let attempt = 1; attempt <= this.retry.attempts; attempt++) {
      if (last) {
        const wait = Math.max(
          backoffDelayMs(attempt - 1, this.retry, this.random),
          Math.min(last instanceof HttpStatusError ? (last.retryAfterMs ?? 0) : 0, this.retry.maxDelayMs),
        );
        await this.sleep(wait);
      }
      try {
        return await this.once(method, path, idempotencyKey, body);
      } catch (e) {
        last = e instanceof NationalSystemsError ? e : new NationalSystemsError('network:unknown', true);
        this.logger.debug(`${method} ${path} attempt ${attempt}/${this.retry.attempts}${idempotencyKey ? ` key ${idempotencyKey}` : ''}: ${last.message}`);
        if (!last.retryable) throw last;
      }
    }
    throw last ?? new NationalSystemsError('network:unknown', true);
  }

  private async once(method: string, path: string, idempotencyKey?: string, body?: object): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const res = await fetch(new URL(path, this.baseUrl), {
        method,
        headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      });
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (e) {
      if (controller.signal.aborted) throw new NationalSystemsError('timeout', true);
      throw new NationalSystemsError(`network:${networkCode(e)}`, true);
    } finally {
      clearTimeout(timer);
    }
    if (status < 200 || status >= 300) {
      throw new HttpStatusError(status, retryAfterMs(retryAfter));
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new NationalSystemsError('invalid-answer', true, status);
    }
  }
}

/** A refusal with the receiver's Retry-After, when it sent one. */
class HttpStatusError extends NationalSystemsError {
  constructor(
    status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`http:${status}`, isRetryableStatus(status), status);
  }
}

/** The code of a fetch failure: undici wraps the socket error in `cause` (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…). */
function networkCode(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; errors?: { code?: unknown }[] } }).cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code;
  return typeof code === 'string' ? code : 'unknown';
}

function receipt(body: unknown): Receipt {
  const r = body as { receiptId?: unknown; duplicate?: unknown };
  if (typeof r?.receiptId !== 'string' || r.receiptId === '' || typeof r.duplicate !== 'boolean') throw new NationalSystemsError('invalid-answer', true);
  return { receiptId: r.receiptId, duplicate: r.duplicate };
}

function isBenefit(v: unknown): v is Benefit {
  const b = v as Partial<Benefit>;
  return (
    typeof b?.id === 'string' &&
    BENEFIT_TYPES.has(b.type as string) &&
    typeof b.startDate === 'string' &&
    (b.endDate === null || typeof b.endDate === 'string') &&
    ['active', 'suspended', 'ended'].includes(b.status as string) &&
    typeof b.monthlyAmount === 'string' &&
    (b.source === 'INPS' || b.source === 'SIISL')
  );
}
