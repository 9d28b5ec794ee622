import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE } from '@opencpi/contracts';

/**
 * A status answer as problem+json (AgID ModI RAC_REST_NAME_011): 200 when the database is up, else 503 with
 * `Retry-After`; never cached. `checks` adds the per-dependency states (the platform's status shows them).
 */
export function sendStatus(res: Response, database: string, words: { ok: string; down: string; checks?: boolean }): void {
  const ok = database === 'up';
  res
    .status(ok ? 200 : 503)
    .type(PROBLEM_CONTENT_TYPE)
    .setHeader('Cache-Control', 'no-store');
  if (!ok) res.setHeader('Retry-After', '30');
  res.send(
    JSON.stringify({
      type: 'about:blank',
      title: ok ? 'OK' : 'Service Unavailable',
      status: ok ? 200 : 503,
      detail: ok ? words.ok : words.down,
      ...(words.checks ? { checks: { database } } : {}),
    }),
  );
}
