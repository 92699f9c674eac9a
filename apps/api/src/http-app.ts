import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { IncomingMessage } from 'node:http';
import { ValidationPipe, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import { createRootLogger, PinoLoggerService } from './common/logging/logger';
import { logContext } from './common/logging/request-context';
import { answerFrameworkError } from './common/problem/framework-errors';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { validationProblem } from './common/problem/validation-exception.factory';
import { setUpOpenApi } from './openapi/open-api';
import { replaceJsonParser } from './common/http/json-body-parser';
import { registerMultipart } from './common/http/multipart';
import { registerSecurityHeaders } from './common/http/security-headers';
import { registerCompression } from './common/http/compression';
import { serveWebApp } from './common/http/serve-web-app';
import { answerWrongMethodWith405 } from './common/http/method-not-allowed';
import { refuseMalformedText } from './common/validation/well-formed-request';
import { AppModule } from './app.module';

/** Accepts a caller's request id only when it looks like one, so logs cannot be forged with junk. */
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

/**
 * Builds the HTTP application exactly as production runs it (used by `main.ts` and by the integration
 * tests): Fastify with a body limit, request ids, JSON logs, global validation, problem+json errors,
 * multipart uploads where a route asks for them, OpenAPI at /api/docs and the built web app on the same
 * origin.
 */
export async function createHttpApp(
  config: AppConfig,
  options: { logger?: Logger; rootModule?: DynamicModule } = {},
): Promise<NestFastifyApplication> {
  const rootLogger = options.logger ?? createRootLogger(config.logLevel, 'api');
  const adapter = new FastifyAdapter({
    loggerInstance: rootLogger,
    bodyLimit: config.bodyLimitBytes,
    // Only the configured proxies: anyone else could pick their own address to dodge the throttles.
    trustProxy: typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
    },
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    options.rootModule ?? AppModule.forRoot(config),
    adapter,
    {
      logger: new PinoLoggerService(rootLogger),
      // Fastify's own JSON parser (with its stable error codes) and nothing else: Nest would add
      // url-encoded forms, which no route accepts. Other content types get 415.
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  registerSecurityHeaders(app, config);
  await registerCompression(app);
  fastify.removeContentTypeParser('text/plain');
  replaceJsonParser(fastify);
  refuseMalformedText(fastify);
  // Uploads only: routes marked `@AcceptsMultipart()` read one file as a stream; others still answer 415.
  await registerMultipart(app, config);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    logContext.run({ requestId: String(request.id) }, done);
  });
  answerWrongMethodWith405(fastify);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: validationProblem,
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  if (config.webDistDir) await serveWebApp(app, config.webDistDir);
  return app;
}
