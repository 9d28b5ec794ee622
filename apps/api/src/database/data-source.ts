import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI (tools/typeorm.mjs): migration:generate / run / revert. */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required (tools/typeorm.mjs sets it for the embedded database)');
export default new DataSource(dataSourceOptions(url));
