import type { Schemas } from './client';

export type Problem = Schemas['ProblemResponseDto'];

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
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value && 'status' in value;
}

/** Returns the data of a successful openapi-fetch call, or throws its problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  throw new ApiProblemError(result.response.status, isProblem(result.error) ? result.error : undefined);
}
