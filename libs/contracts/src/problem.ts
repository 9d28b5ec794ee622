import type { ErrorCode } from './error-codes';

/** One invalid input, located by a JSON pointer (RFC 6901) into the request body or query. */
export interface FieldError {
  /** e.g. `/fiscalCode`, `/address/postalCode`, `/items/0/date` */
  pointer: string;
  detail: string;
  /** the failed constraint, e.g. `isFiscalCode`, `maxLength` */
  constraint?: string;
}

/** RFC 9457 problem details, as every OpenCPI error is answered (`application/problem+json`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode | string;
  correlationId: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://opencpi.example.it/problems/';
