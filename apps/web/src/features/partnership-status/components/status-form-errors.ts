import type { TFunction } from 'i18next';
import { describeError, describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { ApiProblemError } from '../../../lib/api/problem';

/** The details a refusal carries (`requiredDays`, `missingActionIds`…), if any. */
function detailsOf(error: ApiProblemError): Record<string, unknown> {
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  return typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
}

function numberIn(details: Record<string, unknown>, name: string): number | undefined {
  const value = details[name];
  return typeof value === 'number' ? value : undefined;
}

function stringsIn(details: Record<string, unknown>, name: string): string[] {
  const value = details[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The words of a too-short notice: how many days are owed and how many the dates leave. */
function noticeError(t: TFunction, error: ApiProblemError): string {
  const details = detailsOf(error);
  const required = numberIn(details, 'requiredDays');
  const given = numberIn(details, 'givenDays');
  const today = details['today'];
  const noticeGivenOn = details['noticeGivenOn'];
  if (typeof today === 'string' && typeof noticeGivenOn === 'string' && noticeGivenOn > today)
    return t('partnershipStatus.terminate.noticeInFuture');
  return required === undefined || given === undefined
    ? describeError(t, error)
    : t('partnershipStatus.terminate.noticeTooShort', { count: required, given });
}

/**
 * `describeFormErrors` for the status forms, whose refusals of the method are about one field though the API
 * names none: an empty reason goes beside the reason, a notice too short beside the effective date, and
 * ongoing actions left without a decision beside each of their choices (`actionFields` maps an action id to its
 * field), the form's alert saying why.
 */
export function statusFormErrors(
  t: TFunction,
  error: unknown,
  formFields: readonly string[],
  actionFields: ReadonlyMap<string, string> = new Map(),
): FormErrors {
  const overrides = { 'RESOURCE.CONFLICT': t('partnershipStatus.conflict') };
  if (!(error instanceof ApiProblemError)) return describeFormErrors(t, error, formFields, overrides);
  switch (error.code) {
    case 'PARTNERSHIP.SUSPENSION_NEEDS_REASON':
    case 'PARTNERSHIP.TERMINATION_NEEDS_REASON':
      return { fields: { reason: describeError(t, error) }, form: t('validation.summary') };
    case 'PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
      return { fields: { effectiveOn: noticeError(t, error) }, form: t('validation.summary') };
    case 'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': {
      const fields: Record<string, string> = {};
      for (const actionId of stringsIn(detailsOf(error), 'missingActionIds')) {
        const field = actionFields.get(actionId);
        if (field) fields[field] = t('partnershipStatus.terminate.decisionRequired');
      }
      return { fields, form: describeError(t, error) };
    }
    default:
      return describeFormErrors(t, error, formFields, overrides);
  }
}

/**
 * A refusal because the partnership is no longer as the user read it (409: someone wrote meanwhile, or it was
 * suspended, resumed or ended): the form it came from no longer applies, so its words go above the status.
 */
export function staleRefusalOf(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof ApiProblemError) || error.status !== 409) return undefined;
  return describeError(t, error, { 'RESOURCE.CONFLICT': t('partnershipStatus.conflict') });
}
