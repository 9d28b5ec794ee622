import type { EntityManager } from 'typeorm';

export const DOCUMENT_STORAGE = Symbol.for('opencpi.dossier.document-storage');

/**
 * Where document bytes live. The PostgreSQL adapter writes in the caller's transaction (nothing half-written);
 * the disk adapter writes a file named by the key before the row commits (an orphan file at worst, never a row
 * without bytes).
 */
export interface DocumentStorage {
  readonly kind: 'postgres' | 'disk';
  put(key: string, bytes: Buffer, m: EntityManager): Promise<void>;
  get(key: string, m: EntityManager): Promise<Buffer | null>;
}
