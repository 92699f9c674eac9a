import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem';

/**
 * Fastify's JSON parser (which also refuses prototype-poisoning keys), with its failures turned into our
 * own problem: Nest would otherwise reduce them to a bare 400 and the `REQUEST.MALFORMED_JSON` code
 * would be lost.
 */
export function replaceJsonParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, body.toString(), (error, value) => {
      if (error)
        done(
          new ProblemException('REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.'),
          undefined,
        );
      else done(null, value);
    });
  });
}
