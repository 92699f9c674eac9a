import { type DomainError } from './domain-error';

/** The outcome of a rule or command: never throws for a business refusal, returns it. */
export type Result<T, E = DomainError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** What a successful command produces: the next state and the facts that happened. */
export interface CommandOutcome<S, Ev> {
  readonly state: S;
  readonly events: readonly Ev[];
}

export type CommandResult<S, Ev> = Result<CommandOutcome<S, Ev>>;
