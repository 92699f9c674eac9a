import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@passerelle/domain';
import { ApiProblemError, type FieldError } from '../../lib/api/problem';
import { domainText } from '../../lib/i18n/domain-text';
import type { Messages } from '../../lib/i18n/fr';
import { frShell } from '../../lib/i18n/fr-shell';

type ProblemMessages = Messages['problems'];

/** Every problem code the app has words for (`INVITATION.EXPIRED`). */
export type KnownProblemCode = {
  [Group in keyof ProblemMessages]: `${Group & string}.${keyof ProblemMessages[Group] & string}`;
}[keyof ProblemMessages];

export function isKnownProblemCode(code: string | undefined): code is KnownProblemCode {
  if (!code) return false;
  const [group, name] = code.split('.');
  const messages = (frShell.problems as Record<string, Record<string, string> | undefined>)[group ?? ''];
  return name !== undefined && messages !== undefined && name in messages;
}

/** The number in a class-validator message ("must be longer than or equal to 12 characters"). */
function numberIn(message: string): number | undefined {
  const match = /(\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** The user's words for one invalid field, from the API's validation rule (its own message is English). */
export function translateFieldError(t: TFunction, error: FieldError): string {
  switch (error.rule) {
    case 'isNotEmpty':
    case 'isDefined':
      return t('validation.required');
    case 'isEmail':
      return t('validation.email');
    case 'minLength': {
      const min = numberIn(error.message);
      return min === undefined ? t('validation.invalid') : t('validation.minLength', { min });
    }
    case 'maxLength': {
      const max = numberIn(error.message);
      return max === undefined ? t('validation.invalid') : t('validation.maxLength', { max });
    }
    case 'min': {
      const min = numberIn(error.message);
      return min === undefined ? t('validation.invalid') : t('validation.min', { min });
    }
    case 'max': {
      const max = numberIn(error.message);
      return max === undefined ? t('validation.invalid') : t('validation.max', { max });
    }
    case 'isIn':
    case 'isEnum':
      return t('validation.choice');
    case 'isISO31661Alpha2':
      return t('validation.countryCode');
    case 'isTimeZone':
      return t('validation.timeZone');
    case 'matches':
      return error.field.endsWith('languages') ? t('validation.languages') : t('validation.invalid');
    case 'arrayMinSize':
      return t('validation.atLeastOne');
    case 'arrayMaxSize':
      return t('validation.tooMany');
    case 'isDateString':
    case 'isISO8601':
      return t('validation.date');
    default:
      return t('validation.invalid');
  }
}

/** A code the screen may word itself: the app's own, or a refusal of the lifecycle model. */
export type OverridableProblemCode = KnownProblemCode | ErrorCode;

/** What a form shows for a failed request: one message per known field, and one for the whole form. */
export interface FormErrors {
  fields: Record<string, string>;
  form: string | undefined;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: undefined };

/**
 * The message for a failed request, by its problem code: the app's words, else the lifecycle model's
 * (`errors.<CODE>` of `@passerelle/domain`, e.g. `COMMITMENT.MOTIVATION_NOT_APPROVED`); `overrides` words a code
 * for one screen.
 */
export function describeError(
  t: TFunction,
  error: unknown,
  overrides: Partial<Record<OverridableProblemCode, string>> = {},
): string {
  if (!(error instanceof ApiProblemError)) return t('errors.generic');
  const code = error.code;
  if (!code) return t('errors.generic');
  const override = (overrides as Record<string, string | undefined>)[code];
  if (override) return override;
  if (isKnownProblemCode(code)) return t(`problems.${code}`);
  return domainText(t, `errors.${code}`) ?? t('errors.generic');
}

/**
 * The field a refusal is about, if any: a lifecycle refusal names it in `details.field`
 * (`RECORD.TEXT_REQUIRED`), an account refusal in its `errors` (`AUTH.PASSWORD_TOO_COMMON`).
 */
function refusedFieldsOf(error: ApiProblemError): string[] {
  const named = error.fieldErrors.map((fieldError) => fieldError.field);
  const details = (error.problem as Record<string, unknown> | undefined)?.['details'];
  if (typeof details !== 'object' || details === null || !('field' in details)) return named;
  return typeof details.field === 'string' ? [details.field, ...named] : named;
}

/**
 * Splits a failed request into field messages (for the fields this form has, by the API's dotted path) and a
 * form-level message (everything else).
 */
export function describeFormErrors(
  t: TFunction,
  error: unknown,
  formFields: readonly string[],
  overrides: Partial<Record<OverridableProblemCode, string>> = {},
): FormErrors {
  if (!error) return NO_FORM_ERRORS;
  if (error instanceof ApiProblemError && error.code === 'REQUEST.VALIDATION_FAILED') {
    const fields: Record<string, string> = {};
    const others: string[] = [];
    for (const fieldError of error.fieldErrors) {
      const field = formFields.find(
        (name) => fieldError.field === name || fieldError.field.startsWith(`${name}.`),
      );
      if (field) fields[field] ??= translateFieldError(t, fieldError);
      else others.push(`${fieldError.field} : ${translateFieldError(t, fieldError)}`);
    }
    return { fields, form: [t('validation.summary'), ...others].join(' ') };
  }
  const refusedField =
    error instanceof ApiProblemError
      ? refusedFieldsOf(error).find((field) => formFields.includes(field))
      : undefined;
  if (refusedField) {
    return {
      fields: { [refusedField]: describeError(t, error, overrides) },
      form: t('validation.summary'),
    };
  }
  return { fields: {}, form: describeError(t, error, overrides) };
}

/** `describeError` bound to the current language. */
export function useDescribeError() {
  const { t } = useTranslation();
  return (error: unknown, overrides?: Partial<Record<OverridableProblemCode, string>>) =>
    describeError(t, error, overrides);
}
