import type { TFunction } from 'i18next';
import { ApiProblemError } from '../../../lib/api/problem';

/** Why the captured mails cannot be shown: refused to this visitor (401/403), or no sink at all. */
export function devMailErrorText(t: TFunction, error: unknown): string {
  const refused = error instanceof ApiProblemError && (error.status === 401 || error.status === 403);
  return refused ? t('devMail.restricted') : t('devMail.unavailable');
}
