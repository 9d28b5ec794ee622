import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Times every request and records it under its route template (`/api/citizen/agenda/appointments/:id`), never the
 * concrete path: ids and fiscal codes stay out of the labels. Requests that matched no route (404s, answers of
 * middleware such as the rate limiter or the body parser) share the route label `unmatched`.
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const template = (req as Request & { route?: { path?: unknown } }).route?.path;
      // a wildcard (`/api/{*path}`: the path of Nest's global middleware) is what a request that found no route last matched
      const route = typeof template === 'string' && !template.includes('{*') ? `${req.baseUrl ?? ''}${template}` : 'unmatched';
      metrics.observeRequest(req.method, route, res.statusCode, seconds);
    });
    next();
  };
}
