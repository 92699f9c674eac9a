import type { TFunction } from 'i18next';
import { describeError, describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';

/** Refusals of the visit rules that are about one field of the form, though the API names none. */
const FIELD_OF_CODE: Record<string, string> = {
  'VISIT.END_BEFORE_START': 'endsOn',
  'VISIT.EMPTY_DELEGATION': 'delegation',
  'VISIT.TRAVEL_ADVISORY_REQUIRED': 'travelAdvisory.level',
  'VISIT.RED_ZONE_REFUSED': 'travelAdvisory.level',
  'VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL': 'travelAdvisory.level',
};

/** The field a refusal names in `details.field` (`delegation.2`, `followUps.0.owner`), if any. */
function refusedFieldOf(error: ApiProblemError): string | undefined {
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  if (typeof details !== 'object' || details === null || !('field' in details)) return undefined;
  return typeof details.field === 'string' ? details.field : undefined;
}

/**
 * `describeFormErrors` for the visit forms: a refusal of the visit rules is also shown beside the field it is
 * about (the end date before the start, an empty delegation, a member of `delegation.2` from the wrong side),
 * the form's alert then saying that some fields need correcting.
 */
export function visitFormErrors(t: TFunction, error: unknown, formFields: readonly string[]): FormErrors {
  if (error instanceof ApiProblemError && error.code && error.code !== 'REQUEST.VALIDATION_FAILED') {
    const named = FIELD_OF_CODE[error.code] ?? refusedFieldOf(error);
    const field =
      named && formFields.find((candidate) => named === candidate || named.startsWith(`${candidate}.`));
    if (field) return { fields: { [field]: describeError(t, error) }, form: t('validation.summary') };
  }
  return describeFormErrors(t, error, formFields);
}
