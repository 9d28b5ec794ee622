import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret, openSecret, sealSecret, webhookHeaders } from './webhook-signature';

describe('webhook signature (Standard Webhooks)', () => {
  it('is verified by the reference library, and refused when the body changes', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'person.assigned', timestamp: '2026-12-03T08:00:00.000Z', data: { assignmentId: 'a' } });
    const headers = webhookHeaders(secret, 'msg_1', body, new Date());
    const wh = new Webhook(secret);
    expect(wh.verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => wh.verify(body.replace('"a"', '"b"'), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('seals a secret so that only the key opens it', () => {
    const key = randomBytes(32);
    const sealed = sealSecret(key, 'k1', 'whsec_abc');
    expect(sealed.startsWith('k1.')).toBe(true);
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(key, sealed)).toBe('whsec_abc');
    expect(() => openSecret(randomBytes(32), sealed)).toThrow();
  });
});
