import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks (standardwebhooks.com): the secret is `whsec_` + base64 of random bytes; the signature header is
 * `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>" keyed with the secret's bytes>`.
 */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export function webhookSignature(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret, 'base64');
  return `v1,${createHmac('sha256', key).update(`${messageId}.${timestampSeconds}.${body}`).digest('base64')}`;
}

/** The headers of one attempt (each attempt has its own timestamp, the id stays the message's). */
export function webhookHeaders(secret: string, messageId: string, body: string, now: Date): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    'content-type': 'application/json',
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': webhookSignature(secret, messageId, timestamp, body),
  };
}

/** Seals a secret with a 256-bit key (AES-256-GCM): `<kid>.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealSecret(key: Buffer, kid: string, secret: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(secret, 'utf8'), c.final()]);
  return [kid, iv, c.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function sealedKid(sealed: string): string {
  return sealed.split('.')[0] ?? '';
}

export function openSecret(key: Buffer, sealed: string): string {
  const [, iv, tag, data] = sealed.split('.');
  const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64url'));
  d.setAuthTag(Buffer.from(tag ?? '', 'base64url'));
  return Buffer.concat([d.update(Buffer.from(data ?? '', 'base64url')), d.final()]).toString('utf8');
}
