import type { DomainError } from '@passerelle/domain';
import { ProblemException } from '../common/problem/problem';

/** The domain's refusal as the problem the API answers: its stable code, message and details. */
export function refusal(error: DomainError): ProblemException {
  return new ProblemException(error.code, error.message, { details: error.details ?? null });
}
