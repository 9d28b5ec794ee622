/**
 * Opaque cursors and ETags of the agency work routes. A cursor carries the last row's (createdAt, id) so that a page
 * continues after it whatever was inserted meanwhile; an ETag is a resource id and its version (each update bumps it).
 */
export interface CursorPosition {
  createdAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(p: CursorPosition): string {
  return Buffer.from(JSON.stringify([p.createdAt, p.id]), 'utf8').toString('base64url');
}

/** The position of a cursor, or null when it is not one of ours (the caller answers 400 naming `cursor`). */
export function decodeCursor(cursor: string): CursorPosition | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(v) || v.length !== 2) return null;
    const [createdAt, id] = v as unknown[];
    if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)) || typeof id !== 'string' || !UUID.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** A strong ETag: `"<id>.<version>"`. */
export function etagOf(id: string, version: number): string {
  return `"${id}.${version}"`;
}

/** Whether an `If-Match` header names the current version (a list of tags, or `*`; weak tags never match). */
export function ifMatchAccepts(ifMatch: string, current: string): boolean {
  return ifMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === current);
}
