import { connect } from 'node:net';
import { StackError } from './process-utils';

/** The variables that replace an embedded service, with the URL schemes each accepts. */
export const SERVICE_VARIABLES = {
  DATABASE_URL: { schemes: ['postgres:', 'postgresql:'], defaultPort: 5432, service: 'PostgreSQL' },
  REDIS_URL: { schemes: ['redis:', 'rediss:'], defaultPort: 6379, service: 'Redis' },
  SMTP_URL: { schemes: ['smtp:', 'smtps:'], defaultPort: 25, service: 'SMTP' },
} as const;

export type ServiceVariable = keyof typeof SERVICE_VARIABLES;

/**
 * Checks, in seconds, that an overriding URL is well formed and that something listens there, so that a
 * typo ends the start with one line naming the variable instead of a stack trace minutes later. The API
 * checks the protocol-level details (credentials, database) again when it boots.
 */
export async function checkServiceUrl(variable: ServiceVariable, value: string): Promise<void> {
  const spec = SERVICE_VARIABLES[variable];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StackError(`${variable} is not a valid URL`);
  }
  if (!(spec.schemes as readonly string[]).includes(url.protocol)) {
    throw new StackError(`${variable} must start with ${spec.schemes.map((s) => `${s}//`).join(' or ')}`);
  }
  const port = url.port ? Number(url.port) : spec.defaultPort;
  const failure = await tryTcpConnect(url.hostname, port);
  if (failure) {
    throw new StackError(`${variable}: cannot reach ${spec.service} at ${url.hostname}:${port} (${failure})`);
  }
}

function tryTcpConnect(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(3_000, () => {
      socket.destroy();
      resolve('timed out after 3 s');
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
