import type { Response } from 'express';
import { PROBLEM_CONTENT_TYPE, PROBLEM_TYPE_BASE, type ErrorCode, type FieldError, type ProblemDetails } from '@opencpi/contracts';
import { ERROR_STATUS } from './error-status';

export function problemFor(code: ErrorCode, correlationId: string, detail?: string, errors?: FieldError[], instance?: string): ProblemDetails {
  const { status, title } = ERROR_STATUS[code];
  return {
    type: `${PROBLEM_TYPE_BASE}${code.toLowerCase().replace(/_/g, '-')}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    code,
    correlationId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(res: Response, problem: ProblemDetails, headers: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
