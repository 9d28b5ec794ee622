import { DataSource } from 'typeorm';
import { cloneTemplate } from '../../test/test-database';
import { dataSourceOptions } from './data-source-options';

/** The migrations produce exactly the schema the entities describe (CI fails on drift). */
describe('schema drift', () => {
  it('has no difference between entities and the migrated database', async () => {
    const database = await cloneTemplate();
    const db = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const sql = await db.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
      // and every migration is applied, none pending
      expect(await db.showMigrations()).toBe(false);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
