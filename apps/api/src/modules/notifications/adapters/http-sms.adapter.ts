import type { ChannelPort, OutgoingMessage } from '../ports/notification-channel.port';

/**
 * SMS through a provider's HTTP API: POST {to, text} with a bearer key and an Idempotency-Key header.
 * The JSON shape is the common denominator of Italian SMS gateways; a specific provider gets its own adapter.
 */
export class HttpSmsAdapter implements ChannelPort {
  readonly channel = 'sms' as const;
  constructor(
    private readonly url: string,
    private readonly apiKey: string,
  ) {}

  async send(m: OutgoingMessage): Promise<string> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}`, 'idempotency-key': m.id },
      body: JSON.stringify({ to: m.address, text: `${m.subject}\n${m.body}`.slice(0, 1530) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`SMS provider answered ${res.status}`);
    const body = (await res.json().catch(() => ({}))) as { id?: string };
    return body.id ?? m.id;
  }
}
