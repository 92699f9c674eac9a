import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { LogLevel } from '../../config/app-config';
import { logContext } from './request-context';
import { serializeRequest } from './request-serializer';

/** The one pino instance of a process: JSON lines on stdout, request/job id mixed into every line. */
export function createRootLogger(level: LogLevel, service: 'api' | 'worker' | 'cli'): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => ({ ...logContext.getStore() }),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'],
      censor: '[redacted]',
    },
    // Replaces Fastify's request serializer: same fields, with credential-bearing URLs masked.
    serializers: { req: serializeRequest },
  });
}

/** Routes Nest's `Logger` calls into pino, so that framework and feature logs share one format. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...context: unknown[]): void {
    this.write('info', message, context);
  }
  error(message: unknown, ...context: unknown[]): void {
    this.write('error', message, context);
  }
  warn(message: unknown, ...context: unknown[]): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, ...context: unknown[]): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, ...context: unknown[]): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, ...context: unknown[]): void {
    this.write('fatal', message, context);
  }

  /** Nest passes the logger's context name last; an object first argument carries structured fields. */
  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context: unknown[],
  ): void {
    const name = typeof context.at(-1) === 'string' ? (context.at(-1) as string) : undefined;
    const rest = name ? context.slice(0, -1) : context;
    const fields: Record<string, unknown> = { ...(name ? { context: name } : {}) };
    if (typeof message === 'object' && message !== null && !(message instanceof Error)) {
      const msg = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.logger[level]({ ...fields, ...(message as Record<string, unknown>) }, msg);
      return;
    }
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
      return;
    }
    // Nest's own `Logger.error(message, stack)` puts the stack trace in second place.
    if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest[0];
    this.logger[level](fields, String(message));
  }
}
