import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { ErrorCode } from '@opencpi/contracts';
import { DomainError } from './domain-error';
import { problemFor, sendProblem } from './problem';
import { correlationIdOf } from '../http/correlation-id';

const HTTP_TO_CODE: Record<number, ErrorCode> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.UNAUTHENTICATED,
  [HttpStatus.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [HttpStatus.NOT_FOUND]: ErrorCode.ROUTE_NOT_FOUND,
  [HttpStatus.METHOD_NOT_ALLOWED]: ErrorCode.ROUTE_NOT_FOUND,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.VALIDATION_FAILED,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.RATE_LIMITED,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.SERVICE_UNAVAILABLE,
};

/** The one place errors become answers: RFC 9457 problem+json with a stable code and the correlation id. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const correlationId = correlationIdOf(req);
    if (res.headersSent) return;

    if (exception instanceof DomainError) {
      const problem = { ...exception.extensions, ...problemFor(exception.code, correlationId, exception.detail, exception.errors) };
      if (problem.status >= 500) this.logger.error({ err: exception, correlationId }, exception.message);
      return sendProblem(res, problem, exception.headers);
    }
    if (exception instanceof ThrottlerException) {
      return sendProblem(res, problemFor(ErrorCode.RATE_LIMITED, correlationId, 'Rate limit exceeded, retry after the time in Retry-After'));
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = HTTP_TO_CODE[status];
      if (code) {
        // body-parser errors (malformed JSON, too large) arrive as HttpException-like errors too
        const detail = status === 404 ? `No route for ${req.method} ${req.path}` : safeMessage(exception);
        return sendProblem(res, problemFor(code, correlationId, detail));
      }
    }
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (status === 400 && (exception as { type?: string }).type === 'entity.parse.failed') {
      return sendProblem(res, problemFor(ErrorCode.VALIDATION_FAILED, correlationId, 'The request body is not valid JSON', [{ pointer: '', detail: 'malformed JSON' }]));
    }
    if (status === 413) return sendProblem(res, problemFor(ErrorCode.VALIDATION_FAILED, correlationId, 'The request body is too large'));
    if (status === 415) return sendProblem(res, problemFor(ErrorCode.UNSUPPORTED_MEDIA_TYPE, correlationId));
    this.logger.error({ err: exception, correlationId }, 'Unhandled error');
    return sendProblem(res, problemFor(ErrorCode.INTERNAL_ERROR, correlationId, `An unexpected error occurred. Quote this reference when asking for help: ${correlationId}`));
  }
}

function safeMessage(e: HttpException): string | undefined {
  const r = e.getResponse();
  if (typeof r === 'string') return r;
  const m = (r as { message?: unknown }).message;
  return typeof m === 'string' ? m : Array.isArray(m) ? m.join('; ') : undefined;
}
