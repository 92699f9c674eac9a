import { statusOfProblem, titleOfProblem, type ProblemCode } from './problem-codes';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** One invalid field of a request, as listed in a validation problem. */
export interface FieldError {
  /** Dotted path of the field in the body or query (`members.0.email`). */
  field: string;
  /** Stable machine code of the violated rule (`isEmail`, `maxLength`, `whitelistValidation`). */
  rule: string;
  message: string;
}

/** An RFC 9457 problem document, extended with a stable `code` and the request id. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** Thrown by use cases and guards to answer with a given problem; the filter renders it. */
export class ProblemException extends Error {
  constructor(
    readonly code: ProblemCode,
    detail: string,
    readonly extensions: { errors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(detail);
  }

  get status(): number {
    return statusOfProblem(this.code);
  }
}

export function buildProblem(
  code: ProblemCode,
  detail: string,
  context: { instance?: string; requestId?: string; extensions?: Record<string, unknown> } = {},
): ProblemDocument {
  return {
    // A URN: stable and unique per code, without promising a web page at that address.
    type: `urn:passerelle:problem:${code.toLowerCase()}`,
    title: titleOfProblem(code),
    status: statusOfProblem(code),
    detail,
    code,
    ...(context.instance ? { instance: context.instance } : {}),
    ...(context.requestId ? { requestId: context.requestId } : {}),
    ...context.extensions,
  };
}
