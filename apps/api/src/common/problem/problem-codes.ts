import type { ErrorCode } from '@passerelle/domain';
import { DOMAIN_ERROR_STATUS } from './domain-error-status';

/**
 * Every error code the API answers with, and its HTTP status, in one table. Codes are stable: clients
 * (the web app, partners' integrations) switch on them, so a code is never renamed once shipped.
 */
export const PROBLEM_STATUS = {
  'REQUEST.VALIDATION_FAILED': 422,
  'REQUEST.MALFORMED_JSON': 400,
  'REQUEST.TOO_DEEPLY_NESTED': 400,
  'REQUEST.MALFORMED_URL': 400,
  'REQUEST.URL_TOO_LONG': 414,
  'REQUEST.BAD_REQUEST': 400,
  'REQUEST.PAYLOAD_TOO_LARGE': 413,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'REQUEST.TOO_MANY': 429,
  'REQUEST.IDEMPOTENCY_KEY_INVALID': 400,
  'REQUEST.IDEMPOTENCY_KEY_REUSED': 422,
  'ROUTE.NOT_FOUND': 404,
  'RESOURCE.NOT_FOUND': 404,
  'METHOD.NOT_ALLOWED': 405,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.WRONG_CURRENT_PASSWORD': 422,
  'AUTH.PASSWORD_TOO_COMMON': 422,
  'AUTH.PASSWORD_CONTAINS_IDENTITY': 422,
  'AUTH.FORBIDDEN': 403,
  'AUTH.CSRF_INVALID': 403,
  'INVITATION.NOT_FOUND': 404,
  'INVITATION.EXPIRED': 410,
  'INVITATION.ALREADY_USED': 410,
  'INVITATION.REVOKED': 410,
  'INVITATION.EMAIL_ALREADY_REGISTERED': 409,
  'INVITATION.ALREADY_PENDING': 409,
  'USER.LAST_ADMIN': 409,
  'USER.CANNOT_CHANGE_SELF': 409,
  'PARTNERSHIP.ALREADY_PARTY': 409,
  'TERRITORY_ACTOR.DUPLICATE_NAME': 409,
  'SHARE_LINK.NOT_FOUND': 404,
  'SHARE_LINK.EXPIRED': 410,
  'SHARE_LINK.REVOKED': 410,
  'PRESENTATION.NO_TEXT_IN_LANGUAGE': 409,
  'FILE.TOO_LARGE': 413,
  'FILE.TYPE_NOT_ALLOWED': 415,
  'FILE.TYPE_MISMATCH': 415,
  'FILE.MISSING': 422,
  'FILE.NOT_ATTACHABLE': 422,
  'REMINDER.OPT_OUT_NOT_ALLOWED': 422,
  'CALENDAR_FEED.NOT_FOUND': 404,
  'REMINDER.NOT_FAILED': 409,
  'RESOURCE.CONFLICT': 409,
  'IATI.IDENTIFIER_MISSING': 409,
  'IATI.NO_ACTIVITY': 409,
  'SERVICE.UNAVAILABLE': 503,
  'INTERNAL.UNEXPECTED': 500,
} as const satisfies Record<string, number>;

/** The API's own codes. */
export type ApiProblemCode = keyof typeof PROBLEM_STATUS;

/** Every code an answer can carry: the API's own and the lifecycle model's refusals. */
export type ProblemCode = ApiProblemCode | ErrorCode;

export function statusOfProblem(code: ProblemCode): number {
  return code in PROBLEM_STATUS
    ? PROBLEM_STATUS[code as ApiProblemCode]
    : DOMAIN_ERROR_STATUS[code as ErrorCode];
}

export function titleOfProblem(code: ProblemCode): string {
  return code in PROBLEM_TITLES
    ? PROBLEM_TITLES[code as ApiProblemCode]
    : 'The partnership method does not allow this';
}

/** Human titles (RFC 9457 `title`): short, the same for every occurrence of a code. */
export const PROBLEM_TITLES: Record<ApiProblemCode, string> = {
  'REQUEST.VALIDATION_FAILED': 'The request has invalid fields',
  'REQUEST.MALFORMED_JSON': 'The request body is not valid JSON',
  'REQUEST.TOO_DEEPLY_NESTED': 'The request body is nested too deeply',
  'REQUEST.MALFORMED_URL': 'The request URL is not valid',
  'REQUEST.URL_TOO_LONG': 'A part of the request URL is too long',
  'REQUEST.BAD_REQUEST': 'The request is not valid',
  'REQUEST.PAYLOAD_TOO_LARGE': 'The request body is too large',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 'The request body has an unsupported content type',
  'REQUEST.TOO_MANY': 'Too many requests',
  'REQUEST.IDEMPOTENCY_KEY_INVALID': 'The Idempotency-Key header is not valid',
  'REQUEST.IDEMPOTENCY_KEY_REUSED': 'The Idempotency-Key was used with another request',
  'ROUTE.NOT_FOUND': 'No such route',
  'RESOURCE.NOT_FOUND': 'Not found',
  'METHOD.NOT_ALLOWED': 'Method not allowed',
  'AUTH.UNAUTHENTICATED': 'Authentication required',
  'AUTH.INVALID_CREDENTIALS': 'Wrong e-mail or password',
  'AUTH.WRONG_CURRENT_PASSWORD': 'The current password is wrong',
  'AUTH.PASSWORD_TOO_COMMON': 'This password is too common',
  'AUTH.PASSWORD_CONTAINS_IDENTITY': 'This password contains the e-mail or the organisation’s name',
  'AUTH.FORBIDDEN': 'Not allowed',
  'AUTH.CSRF_INVALID': 'Missing or invalid CSRF token',
  'INVITATION.NOT_FOUND': 'No such invitation',
  'INVITATION.EXPIRED': 'The invitation has expired',
  'INVITATION.ALREADY_USED': 'The invitation has already been used',
  'INVITATION.REVOKED': 'The invitation was withdrawn',
  'INVITATION.EMAIL_ALREADY_REGISTERED': 'This e-mail address already has an account',
  'INVITATION.ALREADY_PENDING': 'An invitation to this address is already pending',
  'USER.LAST_ADMIN': 'The organisation needs at least one active administrator',
  'USER.CANNOT_CHANGE_SELF': 'You cannot change your own role or disable yourself',
  'PARTNERSHIP.ALREADY_PARTY': 'This authority is already a party',
  'TERRITORY_ACTOR.DUPLICATE_NAME': 'An actor of this name is already in the directory',
  'SHARE_LINK.NOT_FOUND': 'No such shared presentation',
  'SHARE_LINK.EXPIRED': 'This shared presentation has expired',
  'SHARE_LINK.REVOKED': 'This shared presentation was withdrawn',
  'PRESENTATION.NO_TEXT_IN_LANGUAGE': 'The presentation has no text in this language',
  'FILE.TOO_LARGE': 'The file is too large',
  'FILE.TYPE_NOT_ALLOWED': 'This kind of file is not accepted',
  'FILE.TYPE_MISMATCH': 'The file’s name or declared type does not match its content',
  'FILE.MISSING': 'No file was sent',
  'FILE.NOT_ATTACHABLE': 'This file cannot be attached here',
  'REMINDER.OPT_OUT_NOT_ALLOWED': 'This kind of reminder cannot be turned off',
  'CALENDAR_FEED.NOT_FOUND': 'No such calendar feed',
  'REMINDER.NOT_FAILED': 'Only a failed reminder can be retried',
  'RESOURCE.CONFLICT': 'The resource changed meanwhile',
  'IATI.IDENTIFIER_MISSING': 'Your organisation has no IATI identifier',
  'IATI.NO_ACTIVITY': 'No action can be published to IATI yet',
  'SERVICE.UNAVAILABLE': 'A service the API depends on is unavailable',
  'INTERNAL.UNEXPECTED': 'Unexpected error',
};
