import { offlineFr } from '../../features/offline/i18n/fr';
import { shellFr } from '../../app/i18n/fr';
import { inboxFr } from '../../features/inbox/i18n/fr';
import { notificationsFr } from '../../features/notifications/i18n/fr';
import { authFr } from '../../features/auth/i18n/fr';

/**
 * The French texts the first screen needs — the shell (header, menu, footer, errors, forms), signing in, the
 * inbox and notification links, the offline banner — which come with the first download. Every other French
 * text is in `fr-pages.ts`, fetched with the first page that needs it (docs/translations.md): a partner on a
 * slow connection gets the sign-in page sooner.
 */
export const frShell = {
  ...offlineFr,
  ...shellFr,
  ...inboxFr,
  ...notificationsFr,
  ...authFr,
};
