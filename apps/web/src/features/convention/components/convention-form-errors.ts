import type { TFunction } from 'i18next';
import { describeError, describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';

/** Refusals of the convention rules that are about one field of the form, though the API names none. */
const FIELD_OF_CODE: Record<string, string> = {
  'CONVENTION.SIGNATORY_MISSING': 'signatories',
  'CONVENTION.SIGNED_BEFORE_APPROVAL': 'signedOn',
  'CONVENTION.EFFECTIVE_BEFORE_SIGNATURE': 'effectiveOn',
  'CONVENTION.OBJECTION_TOO_LATE': 'objectedOn',
  'CONVENTION.RENEWAL_NEEDS_DECISION': 'decisionRef',
  'CONVENTION.SUSPENSION_NEEDS_REASON': 'reason',
  'CONVENTION.TERMINATION_NEEDS_REASON': 'reason',
  'CONVENTION.TERMINATION_NEEDS_NOTICE': 'effectiveOn',
  'CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'actionDecisions',
};

/** The domain names some fields as its command does, not as the request body: `on` is `objectedOn`. */
const BODY_FIELD_OF_DOMAIN_FIELD: Record<string, string> = { on: 'objectedOn' };

/** The field a refusal names in `details.field` (`content.objectives`, `terms.durationMonths`), if any. */
function refusedFieldOf(error: ApiProblemError): string | undefined {
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  if (typeof details !== 'object' || details === null || !('field' in details)) return undefined;
  if (typeof details.field !== 'string') return undefined;
  return BODY_FIELD_OF_DOMAIN_FIELD[details.field] ?? details.field;
}

/**
 * `describeFormErrors` for the convention forms: a refusal of the convention rules is also shown beside the
 * field it is about (a missing objective, a notice too short, an objection too late), the form's alert then
 * saying that some fields need correcting; a stale version gets the convention's own conflict words.
 */
export function conventionFormErrors(
  t: TFunction,
  error: unknown,
  formFields: readonly string[],
): FormErrors {
  const overrides = { 'RESOURCE.CONFLICT': t('convention.conflict') };
  if (error instanceof ApiProblemError && error.code && error.code !== 'REQUEST.VALIDATION_FAILED') {
    const named = FIELD_OF_CODE[error.code] ?? refusedFieldOf(error);
    const field =
      named && formFields.find((candidate) => named === candidate || named.startsWith(`${candidate}.`));
    if (field) {
      return { fields: { [field]: describeError(t, error, overrides) }, form: t('validation.summary') };
    }
  }
  return describeFormErrors(t, error, formFields, overrides);
}
