import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** The name of the server-side prepared statement of `sql` (the same text always gets the same name). */
export function preparedName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `q${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size > 1000) names.clear(); // hot paths have a handful of shapes; never grow without bound
    names.set(sql, name);
  }
  return name;
}

/**
 * Runs `sql` as a named prepared statement: PostgreSQL parses and plans it once per connection instead of on
 * every call — on the hot paths (session lookup, booking) parsing and planning were half of the server's work.
 * Inside the transaction of `m` when it has one. For statements whose text is stable (parameters, not literals);
 * errors are TypeORM's QueryFailedError, as with `query()`.
 */
export async function queryPrepared<T>(m: EntityManager | DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const inTransaction = 'queryRunner' in m ? m.queryRunner : undefined;
  const runner = inTransaction ?? (('connection' in m ? m.connection : m) as DataSource).createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    return (await client.query({ name: preparedName(sql), text: sql, values: params })).rows as T[];
  } catch (e) {
    if (e instanceof Error && 'code' in e) throw new QueryFailedError(sql, params, e);
    throw e;
  } finally {
    if (!inTransaction) await runner.release();
  }
}
