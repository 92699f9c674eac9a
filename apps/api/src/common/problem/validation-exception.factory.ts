import type { ValidationError } from 'class-validator';
import { ProblemException, type FieldError } from './problem';

/** Turns class-validator's error tree into one problem listing every invalid field by its dotted path. */
export function validationProblem(errors: ValidationError[]): ProblemException {
  const fieldErrors = errors.flatMap((error) => flatten(error, ''));
  const fields = [...new Set(fieldErrors.map((error) => error.field))];
  return new ProblemException('REQUEST.VALIDATION_FAILED', `Invalid fields: ${fields.join(', ')}.`, {
    errors: fieldErrors,
  });
}

function flatten(error: ValidationError, parentPath: string): FieldError[] {
  const field = parentPath ? `${parentPath}.${error.property}` : error.property;
  const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
  const nested = (error.children ?? []).flatMap((child) => flatten(child, field));
  return [...own, ...nested];
}
