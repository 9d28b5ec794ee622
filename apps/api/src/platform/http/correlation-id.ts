import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const VALID = /^[A-Za-z0-9._:-]{8,64}$/;
const KEY = Symbol.for('opencpi.correlationId');

/** The caller's `X-Correlation-Id` when well-formed, else a new UUID; stable for the whole request. */
export function correlationIdOf(req: IncomingMessage): string {
  const r = req as IncomingMessage & { [KEY]?: string };
  if (!r[KEY]) {
    const incoming = req.headers['x-correlation-id'];
    r[KEY] = typeof incoming === 'string' && VALID.test(incoming) ? incoming : randomUUID();
  }
  return r[KEY];
}
