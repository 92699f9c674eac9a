import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDocument } from './problem';
import type { ProblemCode } from './problem-codes';

/**
 * Nest's HTTP exceptions mapped to our stable codes. Fastify's own errors (body too large, unsupported
 * media type) reach the filter as HttpExceptions too: Nest converts them and keeps only the status.
 */
const HTTP_STATUS_CODES: Partial<Record<number, ProblemCode>> = {
  [HttpStatus.BAD_REQUEST]: 'REQUEST.BAD_REQUEST',
  [HttpStatus.UNAUTHORIZED]: 'AUTH.UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'AUTH.FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'ROUTE.NOT_FOUND',
  [HttpStatus.METHOD_NOT_ALLOWED]: 'METHOD.NOT_ALLOWED',
  [HttpStatus.CONFLICT]: 'RESOURCE.CONFLICT',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'REQUEST.PAYLOAD_TOO_LARGE',
  [HttpStatus.URI_TOO_LONG]: 'REQUEST.URL_TOO_LONG',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  [HttpStatus.TOO_MANY_REQUESTS]: 'REQUEST.TOO_MANY',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'SERVICE.UNAVAILABLE',
};

/** Renders every error of the HTTP API as RFC 9457 problem+json with a stable `code`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDocument {
    const context = { instance: request.url, requestId: String(request.id) };
    if (exception instanceof ProblemException) {
      return buildProblem(exception.code, exception.message, {
        ...context,
        extensions: exception.extensions,
      });
    }
    if (exception instanceof HttpException) {
      const code = HTTP_STATUS_CODES[exception.getStatus()] ?? 'INTERNAL.UNEXPECTED';
      return buildProblem(code, describeHttpException(exception), context);
    }
    // Fastify's own errors reach here unconverted when raised inside a route (Nest converts only those
    // raised around one): they keep their status and the matching code.
    if (isFastifyError(exception)) {
      const code = HTTP_STATUS_CODES[exception.statusCode];
      if (code) return buildProblem(code, exception.message, context);
    }
    return buildProblem('INTERNAL.UNEXPECTED', 'The server could not complete the request.', context);
  }
}

function describeHttpException(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function isFastifyError(exception: unknown): exception is Error & { statusCode: number } {
  if (!(exception instanceof Error)) return false;
  const { code, statusCode } = exception as Error & { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number';
}
