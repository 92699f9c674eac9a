import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../src/config/app-config';
import { createHttpApp } from '../../src/http-app';

/** The HTTP app exactly as `main.ts` builds it, ready for `app.inject()` (no port opened). */
export async function startTestApp(
  config: AppConfig,
  rootModule?: DynamicModule,
): Promise<NestFastifyApplication> {
  const app = await createHttpApp(config, rootModule ? { rootModule } : {});
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
