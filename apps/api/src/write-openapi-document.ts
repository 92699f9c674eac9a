import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { parseConfig } from './config/app-config';
import { buildOpenApiDocument } from './openapi/open-api';

/**
 * Builds the OpenAPI document without any service running: preview mode wires the modules without
 * instantiating providers, so no database or Redis connection is opened. The web client's types are
 * generated from this document (`pnpm --filter @passerelle/web api-types`).
 */
export async function writeOpenApiDocument(): Promise<string> {
  const placeholderConfig = parseConfig({
    DATABASE_URL: 'postgres://unused@localhost/unused',
    REDIS_URL: 'redis://localhost',
    SMTP_URL: 'smtp://localhost',
  });
  const app = await NestFactory.create(AppModule.forRoot(placeholderConfig), new FastifyAdapter(), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}
