import type { EntityManager } from 'typeorm';
import type { DocumentStorage } from '../ports/document-storage.port';

/** Bytes in `dossier.blobs`, in the same transaction as the document row. */
export class PostgresDocumentStorage implements DocumentStorage {
  readonly kind = 'postgres' as const;

  async put(key: string, bytes: Buffer, m: EntityManager): Promise<void> {
    await m.query('INSERT INTO dossier.blobs (key, content) VALUES ($1, $2)', [key, bytes]);
  }

  async get(key: string, m: EntityManager): Promise<Buffer | null> {
    const rows = (await m.query('SELECT content FROM dossier.blobs WHERE key = $1', [key])) as { content: Buffer }[];
    return rows[0]?.content ?? null;
  }
}
