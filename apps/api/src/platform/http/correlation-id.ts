import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const VALID = /^[A-Za-z0-9._:-]{8,64}$/;
const KEY = Symbol.for('opencpi.correlationId');
const storage = new AsyncLocalStorage<string>();

/** The caller's `X-Correlation-Id` when well-formed, else a new UUID; stable for the whole request. */
export function correlationIdOf(req: IncomingMessage): string {
  const r = req as IncomingMessage & { [KEY]?: string };
  if (!r[KEY]) {
    const incoming = req.headers['x-correlation-id'];
    r[KEY] = typeof incoming === 'string' && VALID.test(incoming) ? incoming : randomUUID();
  }
  return r[KEY];
}

/** The correlation id of the request this code runs for (undefined outside a request: jobs, timers, boot). */
export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}

/**
 * First middleware of the app: answers with `X-Correlation-Id` and runs the rest of the request inside an async
 * context holding it, so that every log line written on the request's behalf carries it (see logger-options.ts).
 */
export function correlationIdMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const id = correlationIdOf(req);
  res.setHeader('X-Correlation-Id', id);
  storage.run(id, next);
}
