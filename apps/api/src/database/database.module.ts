import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { buildDataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...buildDataSourceOptions(config.databaseUrl, config.databasePoolSize),
        // Boot already checked that the database answers; do not hang on retries.
        retryAttempts: 1,
        retryDelay: 500,
      }),
    }),
  ],
})
export class DatabaseModule {}
