import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/app-config';
import { ProblemException } from '../problem/problem';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by `@AcceptsMultipart()`. */
    passerelleAcceptsMultipart?: boolean;
  }
}

/** The route takes a `multipart/form-data` body (an upload); every other route keeps refusing it with 415. */
export const AcceptsMultipart = () => RouteConfig({ passerelleAcceptsMultipart: true });

/**
 * Multipart bodies, for uploads only: one file of at most `FILE_MAX_BYTES`, a few small fields. The plugin
 * does not buffer: a route reads the file as a stream (`request.file()`).
 */
export async function registerMultipart(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: config.fileMaxBytes,
      files: 1,
      fields: 5,
      fieldSize: 1024,
      fieldNameSize: 100,
      parts: 6,
      headerPairs: 20,
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => {
      if (request.isMultipart() && request.routeOptions.config?.passerelleAcceptsMultipart !== true) {
        throw new ProblemException(
          'REQUEST.UNSUPPORTED_MEDIA_TYPE',
          'This route does not take multipart/form-data; send JSON.',
        );
      }
    });
}
