import type { Schemas } from './client';

export type Problem = Schemas['ProblemResponseDto'];
export type FieldError = Schemas['FieldErrorDto'];

/** An API error answer (problem+json), thrown by fetchers so that TanStack Query reports it as an error. */
export class ApiProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }

  get code(): string | undefined {
    return this.problem?.code;
  }

  /** The invalid fields of a 422 `REQUEST.VALIDATION_FAILED`, by dotted path (`organisation.name`). */
  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** A numeric extension member of the problem (`retryAfterSeconds`, `currentVersion`). */
  extension(name: string): number | undefined {
    const value = (this.problem as Record<string, unknown> | undefined)?.[name];
    return typeof value === 'number' ? value : undefined;
  }
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** The API problem behind an error, if the error is one. */
export function problemCodeOf(error: unknown): string | undefined {
  return error instanceof ApiProblemError ? error.code : undefined;
}

/** Returns the data of a successful openapi-fetch call, or throws its problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  throw new ApiProblemError(result.response.status, isProblem(result.error) ? result.error : undefined);
}

/** For answers without a body (204): succeeds quietly or throws the problem. */
export function ensureOk(result: { error?: unknown; response: Response }): void {
  if (result.response.ok) return;
  throw new ApiProblemError(result.response.status, isProblem(result.error) ? result.error : undefined);
}
