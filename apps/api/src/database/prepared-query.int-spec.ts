import { QueryFailedError } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/test-app';
import { preparedName, queryPrepared } from './prepared-query';

describe('queryPrepared: named prepared statements through TypeORM connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('prepares once per connection, runs inside the caller transaction, and reports errors like query()', async () => {
    const sql = `SELECT $1::int + 1 AS n`;
    expect(preparedName(sql)).toBe(preparedName(`${'SELECT $1::int'} + 1 AS n`)); // same text, same name
    expect(preparedName(sql)).not.toBe(preparedName(`SELECT $1::int + 2 AS n`));
    for (let i = 0; i < 3; i++) expect(await queryPrepared<{ n: number }>(t.db, sql, [i])).toEqual([{ n: i + 1 }]);
    await t.db.transaction(async (m) => {
      // one connection: the statement is prepared on it once, however often it runs
      for (let i = 0; i < 3; i++) await queryPrepared(m, sql, [i]);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name = $1`, [preparedName(sql)]);
      expect(n).toBe(1);
    });

    // inside a transaction: sees the transaction's own writes, and a rollback takes them away
    const key = `prepared-${Date.now()}`;
    await t.db.transaction(async (m) => {
      await queryPrepared(m, `INSERT INTO platform.rate_limit_counters (key, window_start, hits) VALUES ($1, now(), 1)`, [key]);
      expect(await queryPrepared(m, `SELECT hits FROM platform.rate_limit_counters WHERE key = $1`, [key])).toEqual([{ hits: 1 }]);
      const err: unknown = await queryPrepared(
        m,
        `INSERT INTO platform.rate_limit_counters (key, window_start, hits) SELECT key, window_start, 1 FROM platform.rate_limit_counters WHERE key = $1`,
        [key],
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(QueryFailedError);
      expect(err).toMatchObject({ code: '23505', constraint: expect.stringMatching(/rate_limit_counters|PK_/) });
    }); // the failed statement aborted the transaction: it ends in a rollback
    expect(await t.db.query(`SELECT 1 FROM platform.rate_limit_counters WHERE key = $1`, [key])).toEqual([]);
  });
});
