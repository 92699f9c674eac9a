// Entry point for the TypeORM CLI (`pnpm db:generate`), which needs a DataSource as default export.
import { DataSource } from 'typeorm';
import { parseDatabaseConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

export default new DataSource(buildDataSourceOptions(parseDatabaseConfig(process.env).databaseUrl));
