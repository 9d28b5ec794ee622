import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { raw } from 'express';
import { ErrorCode, type FieldError } from '@opencpi/contracts';
import { problemFor, sendProblem } from '../errors/problem';
import { correlationIdOf } from './correlation-id';

/**
 * The largest JSON body the API accepts, in bytes. The largest legitimate body is a whole professional profile
 * (PUT /api/citizen/matching/profile): 20 experiences × (200 + 200 + 1000 characters) + 10 titles of education
 * × 200 + ids and dates ≈ 32,000 characters, ≈ 96 KB if every character takes 3 bytes in UTF-8; a patto draft
 * (≈ 9,000 characters) and a vacancy (≈ 6,000) are smaller. 128 KiB holds the largest with a margin.
 */
export const JSON_BODY_MAX_BYTES = 128 * 1024;
/** The deepest legitimate body is 3 levels (profile → experiences[] → item); 32 leaves room and stops recursion bombs. */
export const JSON_MAX_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * The nesting depth of a JSON text, counted on the raw bytes (brackets inside strings do not count); stops as soon as
 * `limit` is passed, so a hostile body costs one linear scan and never a recursive parse.
 */
export function jsonDepthExceeds(bytes: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
      if (++depth > limit) return true;
    } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) depth--;
  }
  return false;
}

function refuse(req: Request, res: Response, code: ErrorCode, detail: string, errors?: FieldError[]): void {
  // the rest of the body is not read: close the connection so that the client does not keep sending it
  if (!req.complete) res.setHeader('Connection', 'close');
  sendProblem(res, problemFor(code, correlationIdOf(req), detail, errors));
}

/**
 * The platform's JSON body parser, in place of express.json(): reads at most JSON_BODY_MAX_BYTES (413 when the
 * Content-Length or the bytes received say more), refuses nesting deeper than JSON_MAX_DEPTH before parsing, and
 * answers malformed JSON with 400, all as problem+json with a stable code.
 */
export function jsonBodyParser(opts: { limit?: number; maxDepth?: number } = {}): RequestHandler {
  const limit = opts.limit ?? JSON_BODY_MAX_BYTES;
  const maxDepth = opts.maxDepth ?? JSON_MAX_DEPTH;
  const read = raw({ type: ['application/json', 'application/*+json'], limit, inflate: true });
  return (req: Request, res: Response, next: NextFunction) => {
    read(req, res, (err?: unknown) => {
      if (err) {
        const e = err as { status?: number; type?: string };
        if (e.status === 413 || e.type === 'entity.too.large') {
          return refuse(req, res, ErrorCode.REQUEST_BODY_TOO_LARGE, `The request body is larger than ${limit} bytes`);
        }
        if (e.status === 415) return sendProblem(res, problemFor(ErrorCode.UNSUPPORTED_MEDIA_TYPE, correlationIdOf(req), 'Unsupported content encoding or charset'));
        if (e.status !== undefined && e.status >= 400 && e.status < 500) {
          return refuse(req, res, ErrorCode.VALIDATION_FAILED, 'The request body could not be read', [{ pointer: '', detail: 'unreadable body', constraint: 'body' }]);
        }
        return next(err);
      }
      const body = (req as { body?: unknown }).body;
      if (!Buffer.isBuffer(body)) return next(); // not JSON: left to the other parsers
      if (body.length === 0) {
        (req as { body?: unknown }).body = {}; // as express.json() did
        return next();
      }
      const charset = /;\s*charset=["']?([^;"'\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
      if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        return sendProblem(res, problemFor(ErrorCode.UNSUPPORTED_MEDIA_TYPE, correlationIdOf(req), 'JSON must be UTF-8'));
      }
      if (jsonDepthExceeds(body, maxDepth)) {
        return refuse(req, res, ErrorCode.REQUEST_BODY_TOO_DEEP, `The request body is nested deeper than ${maxDepth} levels`, [
          { pointer: '', detail: `nested deeper than ${maxDepth} levels`, constraint: 'maxDepth' },
        ]);
      }
      try {
        (req as { body?: unknown }).body = JSON.parse(body.toString('utf8'));
      } catch {
        return refuse(req, res, ErrorCode.VALIDATION_FAILED, 'The request body is not valid JSON', [{ pointer: '', detail: 'malformed JSON', constraint: 'json' }]);
      }
      next();
    });
  };
}
