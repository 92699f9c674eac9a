import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem';
import { jsonNestsDeeperThan, MAX_JSON_NESTING } from './json-nesting';

/**
 * Fastify's JSON parser (which also refuses prototype-poisoning keys), with its failures turned into our
 * own problem: Nest would otherwise reduce them to a bare 400 and the `REQUEST.MALFORMED_JSON` code
 * would be lost. A body nested deeper than any request needs is refused before it is parsed: the
 * recursive steps after parsing (class-transformer first) would overflow the stack on it.
 */
export function replaceJsonParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (jsonNestsDeeperThan(text, MAX_JSON_NESTING)) {
      done(
        new ProblemException(
          'REQUEST.TOO_DEEPLY_NESTED',
          `The request body nests arrays and objects deeper than ${MAX_JSON_NESTING} levels.`,
        ),
        undefined,
      );
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error)
        done(
          new ProblemException('REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.'),
          undefined,
        );
      else done(null, value);
    });
  });
}
