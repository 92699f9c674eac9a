import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException, type FieldError } from '../problem/problem';
import { malformedTextFields } from './well-formed-text';

/**
 * Refuses, for every route, a request carrying text that cannot be stored (see `isWellFormedText`) with
 * one 422 naming each such field. It runs as a Fastify hook after the body is parsed and before anything
 * of Nest (guards, pipes, handlers), so that no code path — a guard reading the login body, a query
 * parameter read without a DTO, a header stored with a session — ever hands such a string to PostgreSQL.
 */
export function refuseMalformedText(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    const errors = malformedTextOf(request);
    if (errors.length === 0) return;
    const fields = [...new Set(errors.map((error) => error.field))];
    throw new ProblemException(
      'REQUEST.VALIDATION_FAILED',
      `Invalid fields: ${fields.join(', ')} (a NUL character or an unpaired surrogate).`,
      { errors },
    );
  });
}

function malformedTextOf(request: FastifyRequest): FieldError[] {
  return [
    ...malformedTextFields(request.params),
    ...malformedTextFields(request.query),
    ...malformedTextFields(request.body),
    // Node's HTTP parser lets no NUL through in a header, but a proxy or an in-process caller might.
    ...malformedTextFields(request.headers).map((error) => ({ ...error, field: `header ${error.field}` })),
  ];
}
