import type { ChannelPort, OutgoingMessage } from '../ports/notification-channel.port';

/**
 * App IO (PagoPA) messages API: POST /api/v1/messages with the service's subscription key; the recipient
 * is the fiscal code. Markdown body, 80–10000 characters; subject 10–120.
 */
export class AppIoAdapter implements ChannelPort {
  readonly channel = 'io' as const;
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async send(m: OutgoingMessage): Promise<string> {
    const res = await fetch(`${this.baseUrl.replace(/\/$/, '')}/api/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Ocp-Apim-Subscription-Key': this.apiKey },
      body: JSON.stringify({ fiscal_code: m.recipientFiscalCode, content: { subject: m.subject.padEnd(10, ' ').slice(0, 120), markdown: m.body.padEnd(80, ' ') } }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`App IO answered ${res.status}`);
    const body = (await res.json().catch(() => ({}))) as { id?: string };
    return body.id ?? m.id;
  }
}
