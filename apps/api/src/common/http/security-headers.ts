import helmet, { type HelmetOptions } from 'helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/app-config';

/** The interactive API documentation, whose page (Swagger UI, as @nestjs/swagger writes it) has inline styles. */
const API_DOCS_PAGE = /^\/api\/docs\/?(\?|$)/;

/**
 * Security headers on every answer, set by helmet: `X-Content-Type-Options: nosniff`, no framing, no
 * referrer across origins, and a Content-Security-Policy that lets the page run only the web app's own
 * files (the built app has no inline script or style; its maps are inline SVG and its icons data: URLs).
 * HSTS only where the application is reached over HTTPS: sent over plain HTTP it would lock browsers out of
 * a development or intranet install. API answers are never stored by a browser or a shared cache unless a
 * route says otherwise: they hold one person's view of private records.
 *
 * helmet's middleware is built once, here, for the two policies (the API documentation's page and every
 * other answer) and applied by one `onRequest` hook. The Fastify plugin (`@fastify/helmet`) builds it again
 * on every request, parsing the whole policy each time: a twentieth of the cheapest signed-in read's CPU
 * (docs/benchmarks.md).
 */
export function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): void {
  const https = new URL(config.publicUrl).protocol === 'https:';
  const everyAnswer = helmet(helmetOptions({ https, inlineStyles: false }));
  const apiDocsPage = helmet(helmetOptions({ https, inlineStyles: true }));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    const apply = API_DOCS_PAGE.test(request.url) ? apiDocsPage : everyAnswer;
    apply(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
  fastify.addHook('onSend', async (request, reply) => {
    if (isApiUrl(request.url) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}

function helmetOptions({ https, inlineStyles }: { https: boolean; inlineStyles: boolean }): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
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
  };
}

function isApiUrl(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
