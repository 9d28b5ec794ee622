import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { ErrorCode } from '@opencpi/contracts';
import { POLICY_KEY, type RoutePolicy } from '../auth/policy.decorator';
import { PRINCIPAL_KEY, type RequestWithPrincipal } from '../auth/principal';
import { DomainError } from '../errors/domain-error';
import { IdempotencyRepository } from './idempotency.repository';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Visible ASCII, 1 to 200 characters (a UUID is the usual choice). */
const KEY = /^[\x21-\x7e]{1,200}$/;
const REPLAYED_HEADERS = ['etag', 'location'];

/** Canonical JSON (keys sorted) so that the same body with its members in another order is the same request. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest('hex');
}

/**
 * `Idempotency-Key` on every POST of the agency API (ModI; draft-ietf-httpapi-idempotency-key-header): required (400
 * without it); the first request with a key runs and its answer is kept; a retry with the same key and the same
 * request gets the first answer again (same status and body, `Idempotent-Replayed: true`) without running again; the
 * same key with another request is 422; a retry while the first is still running is 409. A request that fails
 * releases its key (its transaction rolled back, nothing happened), so the client may retry it as it is.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly repo: IdempotencyRepository,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    const req = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const client = req[PRINCIPAL_KEY]?.agencyClient;
    if (policy?.kind !== 'agency' || req.method !== 'POST' || !client) return next.handle();
    return from(this.run(context, req, `agency:${client.clientId}`, next));
  }

  private async run(context: ExecutionContext, req: Request, scope: string, next: CallHandler): Promise<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    const key = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REQUIRED, `Send an ${IDEMPOTENCY_HEADER} header (1 to 200 visible ASCII characters, e.g. a UUID) with every POST`);
    }
    const hash = requestHash(req.method, req.originalUrl.split('?')[0] ?? req.originalUrl, req.body);
    if (!(await this.repo.reserve(scope, key, hash))) {
      const first = await this.repo.find(scope, key);
      if (first && first.requestHash !== hash) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, `This ${IDEMPOTENCY_HEADER} was used with another request: use a new key`);
      if (!first || first.status === null) {
        throw new DomainError(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS, 'The first request with this key is still running', undefined, { 'Retry-After': '1' });
      }
      for (const [h, v] of Object.entries(first.headers ?? {})) res.setHeader(h, v);
      res.setHeader('Idempotent-Replayed', 'true');
      res.status(first.status);
      return first.body ?? undefined;
    }
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (e) {
      await this.repo.release(scope, key);
      throw e;
    }
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ?? 201;
    const headers = Object.fromEntries(REPLAYED_HEADERS.filter((h) => res.getHeader(h) !== undefined).map((h) => [h, String(res.getHeader(h))]));
    await this.repo.complete(scope, key, status, body, headers);
    return body;
  }
}
