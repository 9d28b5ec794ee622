import type { ErrorCode, FieldError, ProblemDetails } from '@opencpi/contracts';

/** Codes the client makes up itself, for failures that never reached the API. */
export const ClientErrorCode = {
  /** the browser could not reach the API at all (offline, DNS, connection refused) */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** the API answered with something that is not problem+json */
  UNKNOWN: 'UNKNOWN',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;

const AUTHENTICATION_CODES: readonly string[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'] satisfies ErrorCode[];

/** Turns a JSON pointer (`/fiscalCode`, `/address/postalCode`) back into a plain field path (`fiscalCode`, `address.postalCode`). */
export function pointerToField(pointer: string): string {
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * An error answered by the API as `application/problem+json` (RFC 9457), or made up by the client
 * when the API could not be reached. Thrown by every api-client function.
 */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  readonly status: number;
  /** stable machine-readable code: one of `ErrorCode` from contracts, or a `ClientErrorCode` */
  readonly code: ApiErrorCode | string;
  readonly title: string;
  readonly detail: string | undefined;
  /** quote it to the help desk: it finds the request in the API logs */
  readonly correlationId: string | undefined;
  /** every field error, as sent */
  readonly errors: readonly FieldError[];
  /** field errors keyed by JSON pointer, e.g. `{ '/fiscalCode': 'fiscalCode is not a valid codice fiscale (checkChar)' }` */
  readonly fieldErrors: Readonly<Record<string, string>>;
  /** the problem's other string members (RFC 9457 §3.2), e.g. SERVICE_ALREADY_BOOKED's `existingLocalDate` */
  readonly extensions: Readonly<Record<string, string>>;

  constructor(init: {
    status: number;
    code: ApiErrorCode | string;
    title?: string;
    detail?: string;
    correlationId?: string;
    errors?: readonly FieldError[];
    extensions?: Readonly<Record<string, string>>;
  }) {
    super(init.detail ?? init.title ?? init.code);
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? init.code;
    this.detail = init.detail;
    this.correlationId = init.correlationId;
    this.errors = init.errors ?? [];
    const fieldErrors: Record<string, string> = {};
    for (const e of this.errors) {
      // keep the first message per field: it is usually the most basic constraint
      if (!(e.pointer in fieldErrors)) fieldErrors[e.pointer] = e.detail;
    }
    this.fieldErrors = fieldErrors;
    this.extensions = init.extensions ?? {};
  }

  /** true for a 401 (UNAUTHENTICATED or SESSION_EXPIRED): the user has to log in (again) */
  get isUnauthenticated(): boolean {
    return this.status === 401 || AUTHENTICATION_CODES.includes(this.code);
  }

  /** true when the problem carries errors for individual fields */
  get hasFieldErrors(): boolean {
    return this.errors.length > 0;
  }

  /** The field error for `fiscalCode` or `/fiscalCode`, if any. */
  fieldError(field: string): FieldError | undefined {
    const pointer = field.startsWith('/') ? field : `/${field.split('.').join('/')}`;
    return this.errors.find((e) => e.pointer === pointer);
  }

  /** Builds the problem from a non-2xx response; never throws. */
  static async fromResponse(res: Response): Promise<ApiProblem> {
    const contentType = res.headers.get('content-type') ?? '';
    const correlationId = res.headers.get('x-correlation-id') ?? undefined;
    if (/\bjson\b/i.test(contentType)) {
      try {
        const body = (await res.json()) as Partial<ProblemDetails>;
        if (body && typeof body === 'object' && typeof body.code === 'string') {
          return new ApiProblem({
            status: typeof body.status === 'number' ? body.status : res.status,
            code: body.code,
            title: body.title,
            detail: body.detail,
            correlationId: body.correlationId ?? correlationId,
            errors: Array.isArray(body.errors) ? body.errors.filter(isFieldError) : [],
            extensions: extensionsOf(body as Record<string, unknown>),
          });
        }
      } catch {
        // fall through: a broken body is reported like a non-problem answer
      }
    }
    return new ApiProblem({ status: res.status, code: codeForStatus(res.status), title: res.statusText || undefined, correlationId });
  }

  static network(cause: unknown): ApiProblem {
    const problem = new ApiProblem({ status: 0, code: ClientErrorCode.NETWORK_ERROR, title: 'Network error' });
    (problem as { cause?: unknown }).cause = cause;
    return problem;
  }
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId', 'errors']);
/** The string members of a problem beyond the standard ones. */
function extensionsOf(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => !STANDARD_MEMBERS.has(e[0]) && typeof e[1] === 'string'));
}

function isFieldError(e: unknown): e is FieldError {
  return !!e && typeof e === 'object' && typeof (e as FieldError).pointer === 'string' && typeof (e as FieldError).detail === 'string';
}

/** Code for an answer that is not problem+json (a proxy or gateway answered instead of the API). */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'ROUTE_NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVICE_UNAVAILABLE';
  return ClientErrorCode.UNKNOWN;
}

export const isApiProblem = (e: unknown): e is ApiProblem => e instanceof ApiProblem;

/** true when `e` means "log in (again)": a 401 with UNAUTHENTICATED or SESSION_EXPIRED */
export const isUnauthenticatedProblem = (e: unknown): e is ApiProblem => e instanceof ApiProblem && e.isUnauthenticated;
