import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../problem/problem';

/**
 * Serves the built single-page app on the API's origin: files as they are (hashed assets cached for a
 * year), every other GET outside /api answered with index.html so that client-side routes survive a reload.
 */
export async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(`WEB_DIST_DIR has no index.html (${webDistDir}): build the web app first`);
  }
  await app.register(fastifyStatic, {
    root: webDistDir,
    // One route per built file instead of a catch-all, so that the fallback below can own `/*`.
    wildcard: false,
    index: false,
    // Cache headers are ours to set (below); the plugin's default would mark everything max-age=0.
    cacheControl: false,
    setHeaders: (response, path) => {
      const immutable = path.includes(`${join(webDistDir, 'assets')}`);
      response.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
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
