import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from './app-config.token';

/** Makes the configuration parsed at boot injectable everywhere (`@Inject(APP_CONFIG)`). */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig) {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
