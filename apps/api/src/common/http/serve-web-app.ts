import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../problem/problem';

/**
 * Serves the built single-page app on the API's origin: each file in the smallest encoding the browser
 * accepts, from the brotli and gzip copies the web build wrote beside it (`apps/web/scripts/precompress.mjs`),
 * hashed assets cached for a year, `index.html` revalidated on every visit, and so are the service worker
 * (`sw.js`, so that a deployment's new worker is found at once) and the web app manifest; every other GET outside /api is
 * answered with index.html so that client-side routes survive a reload. Source maps are build artefacts:
 * never served.
 */
export async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(`WEB_DIST_DIR has no index.html (${webDistDir}): build the web app first`);
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    // One route per built file instead of a catch-all, so that the fallback below can own `/*`.
    wildcard: false,
    // Routes only for the files themselves: their compressed copies are found beside them on request.
    globIgnore: ['**/*.map', '**/*.br', '**/*.gz'],
    preCompressed: true,
    index: false,
    // Cache headers are ours to set (below); the plugin's default would mark everything max-age=0.
    cacheControl: false,
    setHeaders: (response, path) => {
      const immutable = path.includes(`${join(webDistDir, 'assets')}`);
      response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      // The same URL answers in several encodings: a shared cache must key on the one asked for.
      response.setHeader('vary', 'accept-encoding');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    handler: (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) {
        const problem = buildProblem('ROUTE.NOT_FOUND', `No route ${request.method} ${request.url}.`, {
          instance: request.url,
          requestId: String(request.id),
        });
        return reply.status(404).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
      }
      // A missing hashed asset (a tab left open across a deployment) must fail as a script load, not
      // receive the HTML page: the app then offers to reload.
      if (request.url.startsWith('/assets/')) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
      }
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html');
    },
  });
}
