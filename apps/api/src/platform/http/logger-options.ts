import type { IncomingMessage } from 'node:http';
import { symbols } from 'pino';
import type { Options } from 'pino-http';
import type { Env } from '../../config/env';
import { correlationIdOf, currentCorrelationId } from './correlation-id';

const { chindingsSym } = symbols;
const NOT_LOGGED = new Set(['/api/status', '/api/health/live', '/api/health/ready', '/api/metrics']);

/**
 * pino-http options of the API. Every line written while a request is served carries `correlationId`: the
 * request logger binds it (customProps), and the mixin adds it to lines written through any other logger —
 * Nest's `Logger` in services, middleware that runs before the request logger — from the request's async context.
 */
export function pinoHttpOptions(env: Env): Options {
  return {
    level: env.LOG_LEVEL,
    genReqId: (req) => correlationIdOf(req),
    customProps: (req) => ({ correlationId: correlationIdOf(req) }),
    mixin: (merge, _level, logger) => {
      if ('correlationId' in merge) return {};
      const id = currentCorrelationId();
      if (!id) return {};
      // already bound by the request logger: writing it twice would duplicate the JSON key
      const bindings = (logger as unknown as Record<symbol, string | undefined>)[chindingsSym];
      return bindings?.includes('"correlationId"') ? {} : { correlationId: id };
    },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    autoLogging: { ignore: (req: IncomingMessage) => NOT_LOGGED.has((req.url ?? '').split('?')[0] ?? '') },
  };
}
