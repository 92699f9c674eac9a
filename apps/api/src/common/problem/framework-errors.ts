import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem';
import type { ProblemCode } from './problem-codes';

/**
 * The errors Fastify meets while routing, before any route (and so before Nest and its filter) is
 * involved. Without this option Fastify answers them with its own `application/json` body.
 */
const FRAMEWORK_ERROR_CODES: Record<string, ProblemCode> = {
  FST_ERR_BAD_URL: 'REQUEST.MALFORMED_URL',
  FST_ERR_MAX_PARAM_LENGTH: 'REQUEST.URL_TOO_LONG',
};

/** Fastify's `frameworkErrors` option: routing errors answered as problem+json like every other. */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const code = FRAMEWORK_ERROR_CODES[error.code] ?? 'INTERNAL.UNEXPECTED';
  const detail = code === 'INTERNAL.UNEXPECTED' ? 'The server could not route the request.' : error.message;
  if (code === 'INTERNAL.UNEXPECTED') request.log.error({ err: error }, 'request failed');
  const problem = buildProblem(code, detail, { requestId: String(request.id) });
  void reply
    .status(problem.status)
    .header('x-request-id', request.id)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(problem);
}
