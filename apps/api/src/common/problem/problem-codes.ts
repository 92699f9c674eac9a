/**
 * Every error code the API answers with, and its HTTP status, in one table. Codes are stable: clients
 * (the web app, partners' integrations) switch on them, so a code is never renamed once shipped.
 */
export const PROBLEM_STATUS = {
  'REQUEST.VALIDATION_FAILED': 422,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.BAD_REQUEST': 400,
  'REQUEST.PAYLOAD_TOO_LARGE': 413,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'REQUEST.TOO_MANY': 429,
  'ROUTE.NOT_FOUND': 404,
  'RESOURCE.NOT_FOUND': 404,
  'METHOD.NOT_ALLOWED': 405,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.FORBIDDEN': 403,
  'RESOURCE.CONFLICT': 409,
  'SERVICE.UNAVAILABLE': 503,
  'INTERNAL.UNEXPECTED': 500,
} as const satisfies Record<string, number>;

export type ProblemCode = keyof typeof PROBLEM_STATUS;

/** Human titles (RFC 9457 `title`): short, the same for every occurrence of a code. */
export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  'REQUEST.VALIDATION_FAILED': 'The request has invalid fields',
  'REQUEST.MALFORMED_JSON': 'The request body is not valid JSON',
  'REQUEST.BAD_REQUEST': 'The request is not valid',
  'REQUEST.PAYLOAD_TOO_LARGE': 'The request body is too large',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 'The request body has an unsupported content type',
  'REQUEST.TOO_MANY': 'Too many requests',
  'ROUTE.NOT_FOUND': 'No such route',
  'RESOURCE.NOT_FOUND': 'Not found',
  'METHOD.NOT_ALLOWED': 'Method not allowed',
  'AUTH.UNAUTHENTICATED': 'Authentication required',
  'AUTH.FORBIDDEN': 'Not allowed',
  'RESOURCE.CONFLICT': 'The resource changed meanwhile',
  'SERVICE.UNAVAILABLE': 'A service the API depends on is unavailable',
  'INTERNAL.UNEXPECTED': 'Unexpected error',
};
