import { Injectable } from '@nestjs/common';
import { ErrorCode, type NationalSystemsSendListResponse, type NationalSystemsSendResponse, type NationalSystemsSendState } from '@opencpi/contracts';
import { DomainError } from '../../platform/errors/domain-error';
import { NationalSystemsError, NationalSystemsPort, type Benefit } from './national-systems.port';
import { NationalSystemsRepository, type SendRow } from './national-systems.repository';

const CACHE_MS = 60_000;
const CACHE_MAX = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A measure's communication to the national systems, for the modules that show it. */
export interface SendState {
  state: NationalSystemsSendState;
  /** the first attempt; null when none was made yet (the event is still queued) */
  since: Date | null;
  attempts: number;
  lastError: string | null;
  receiptId: string | null;
  sentAt: Date | null;
}

/** What other modules call: benefits as INPS reports them, and where each measure's communication stands. */
@Injectable()
export class NationalSystemsService {
  private readonly cache = new Map<string, { at: number; benefits: Benefit[] }>();

  constructor(
    private readonly port: NationalSystemsPort,
    private readonly repo: NationalSystemsRepository,
  ) {}

  /** The person's income-support benefits (cached for a minute). NATIONAL_SYSTEMS_UNAVAILABLE (503) when INPS cannot answer. */
  async benefitsOf(fiscalCode: string): Promise<Benefit[]> {
    const hit = this.cache.get(fiscalCode);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.benefits;
    let benefits: Benefit[];
    try {
      benefits = await this.port.readBenefits(fiscalCode);
    } catch (e) {
      if (e instanceof NationalSystemsError) throw new DomainError(ErrorCode.NATIONAL_SYSTEMS_UNAVAILABLE, e.message, undefined, { 'Retry-After': '30' });
      throw e;
    }
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(fiscalCode, { at: Date.now(), benefits });
    return benefits;
  }

  /** Where each measure's communication stands; a measure with no attempt yet is waiting (since: null). */
  async sendStates(measureIds: string[]): Promise<Map<string, SendState>> {
    const rows = await this.repo.byMeasures([...new Set(measureIds.filter((id) => UUID.test(id)))]);
    const found = new Map(rows.map((r) => [r.measureId, r]));
    return new Map(
      measureIds.map((id) => {
        const r = found.get(id);
        return [
          id,
          r
            ? { state: r.state, since: r.firstAttemptAt, attempts: r.attempts, lastError: r.lastError, receiptId: r.receiptId, sentAt: r.sentAt }
            : { state: 'waiting', since: null, attempts: 0, lastError: null, receiptId: null, sentAt: null },
        ];
      }),
    );
  }

  /** The operators' queue: one state, oldest first. */
  async sends(state: NationalSystemsSendState, limit: number, offset: number): Promise<NationalSystemsSendListResponse> {
    const { rows, total } = await this.repo.page(state, limit, offset);
    return { items: rows.map(toResponse), total, limit, offset };
  }
}

function toResponse(r: SendRow): NationalSystemsSendResponse {
  return {
    measureId: r.measureId,
    benefit: r.benefit,
    state: r.state,
    attempts: r.attempts,
    since: r.firstAttemptAt.toISOString(),
    lastAttemptAt: r.lastAttemptAt.toISOString(),
    ...(r.lastError ? { lastError: r.lastError } : {}),
    ...(r.receiptId ? { receiptId: r.receiptId } : {}),
    ...(r.sentAt ? { sentAt: r.sentAt.toISOString() } : {}),
    ...(r.receiptDuplicate !== null ? { receivedBefore: r.receiptDuplicate } : {}),
  };
}
