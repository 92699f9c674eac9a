import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../../config/app-config';

/** The interactive API documentation, whose page (Swagger UI, as @nestjs/swagger writes it) has inline styles. */
const API_DOCS_PAGE = /^\/api\/docs\/?(\?|$)/;

/**
 * Security headers on every answer, set by @fastify/helmet: `X-Content-Type-Options: nosniff`, no framing,
 * no referrer across origins, and a Content-Security-Policy that lets the page run only the web app's own
 * files (the built app has no inline script or style; its maps are inline SVG and its icons data: URLs).
 * HSTS only where the application is reached over HTTPS: sent over plain HTTP it would lock browsers out of
 * a development or intranet install. API answers are never stored by a browser or a shared cache unless a
 * route says otherwise: they hold one person's view of private records.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const https = new URL(config.publicUrl).protocol === 'https:';
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (request: IncomingMessage) => inlineStylesFor(request)],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (isApiUrl(request.url) && !reply.hasHeader('cache-control')) {
        void reply.header('cache-control', 'no-store');
      }
    });
}

function inlineStylesFor(request: IncomingMessage): string {
  return API_DOCS_PAGE.test(request.url ?? '') ? "'unsafe-inline'" : '';
}

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
