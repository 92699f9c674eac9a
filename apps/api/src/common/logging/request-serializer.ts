import type { FastifyRequest } from 'fastify';

/**
 * Paths whose secret segment is a credential by itself (no session needed): a personal calendar feed. The
 * secret is masked in logs, so that reading the logs never gives access to anyone's calendar.
 */
const SECRET_PATHS: readonly RegExp[] = [/^(\/api\/calendar\/)[^/?#]+(\.ics)/];

export function redactSecretsInUrl(url: string): string {
  return SECRET_PATHS.reduce((redacted, pattern) => redacted.replace(pattern, '$1[redacted]$2'), url);
}

/** Fastify's own request fields for "incoming request" log lines, with secrets in the URL masked. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactSecretsInUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
