import type { TFunction } from 'i18next';
import { describeError, describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';

/** Refusals of the action rules that are about one field of a form, though the API names none. */
const FIELD_OF_CODE: Record<string, string> = {
  'ACTION.THEME_REQUIRED': 'themes',
  'ACTION.INVALID_SDG': 'sdgs',
  'ACTION.LOCATION_REQUIRED': 'locatedIn',
  'ACTION.END_BEFORE_START': 'endsOn',
  'ACTION.INVALID_AMOUNT': 'amount',
  'ACTION.INVALID_CURRENCY': 'currency',
  'ACTION.MEASUREMENT_BEFORE_START': 'on',
  'ACTION.MEASUREMENT_WRONG_UNIT': 'unit',
  'ACTION.MEASUREMENT_BREAKDOWN_MISMATCH': 'breakdown',
  'ACTION.MEASUREMENT_UNKNOWN_CATEGORY': 'breakdown',
  'ACTION.INDICATOR_PERIODS_INVALID': 'periods',
  'ACTION.INDICATOR_DISAGGREGATION_INVALID': 'disaggregations',
  'ACTION.EVALUATION_NOT_JOINT': 'parties',
  'ACTION.PROPOSER_UNCHANGED': 'proposedBy',
  'FILE.NOT_ATTACHABLE': 'attachmentIds',
  'FILE.MISSING': 'attachmentIds',
  'ODA.SECTORS_NOT_100': 'sectors',
  'ODA.UNKNOWN_SECTOR': 'sectors',
  'ODA.INVALID_MARKER': 'markers',
  'ODA.INVALID_RATE': 'eurRate',
  'ODA.AMOUNT_WITHOUT_DATE': 'paidOn',
};

/** The words of a refusal of an action write, with the step's own words for a conflict. */
export function describeActionError(t: TFunction, error: unknown): string {
  return describeError(t, error, { 'RESOURCE.CONFLICT': t('actions.conflict') });
}

/**
 * `describeFormErrors` for the action forms: a refusal of the action rules is shown beside the field it is
 * about (a measurement in another unit than its indicator's, before the action starts…), the form's alert
 * then saying that some fields need correcting; a conflict gets the step's words.
 */
export function actionFormErrors(t: TFunction, error: unknown, formFields: readonly string[]): FormErrors {
  if (error instanceof ApiProblemError && error.code && error.code !== 'REQUEST.VALIDATION_FAILED') {
    const field = FIELD_OF_CODE[error.code];
    if (field && formFields.includes(field))
      return { fields: { [field]: describeActionError(t, error) }, form: t('validation.summary') };
  }
  return describeFormErrors(t, error, formFields, { 'RESOURCE.CONFLICT': t('actions.conflict') });
}
