import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE } from '../problem/problem';

/** An API route's path pattern, as a regular expression over a request's path, with the methods it serves. */
interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/**
 * Answers 405 METHOD.NOT_ALLOWED, with the `Allow` header RFC 9110 §15.5.6 requires, to a request whose path
 * is an API route served under other methods (`DELETE /api/partnerships`), instead of the 404 of a path that
 * does not exist. Fastify's router only knows "no route for this method and path": the API's routes are
 * collected as they are registered (`onRoute`), and a request that no route took is checked against them.
 * Must be called before the routes are registered (before Nest's `init`).
 */
export function answerWrongMethodWith405(fastify: FastifyInstance): void {
  const known = new Map<string, KnownPath>();
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const url = route.url;
    if (!url.startsWith('/api/')) return;
    const entry = known.get(url) ?? { pattern: patternOf(url), methods: new Set<string>() };
    for (const method of [route.method].flat()) entry.methods.add(method.toUpperCase());
    known.set(url, entry);
  });
  // After the body is read: a malformed request (a QUERY without its typed body) is a 400 first.
  fastify.addHook('preValidation', (request, reply, done) => {
    // Requests no API route took: Fastify's 404 handler, or the web app's fallback for GET and HEAD.
    const unrouted = request.is404 || request.routeOptions.url === '/*';
    const path = request.url.split('?', 1)[0] ?? '';
    if (!unrouted || !path.startsWith('/api/')) return done();
    const allowed = new Set<string>();
    for (const { pattern, methods } of known.values()) {
      if (pattern.test(path)) for (const method of methods) allowed.add(method);
    }
    if (allowed.size === 0 || allowed.has(request.method)) return done();
    const allow = [...allowed].sort().join(', ');
    const problem = buildProblem(
      'METHOD.NOT_ALLOWED',
      `${request.method} is not served here; use ${allow}.`,
      {
        instance: path,
        requestId: String(request.id),
      },
    );
    void reply.status(405).header('allow', allow).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  });
}

/** `/api/partnerships/:partnershipId/visits` → a pattern where each parameter is one path segment. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
