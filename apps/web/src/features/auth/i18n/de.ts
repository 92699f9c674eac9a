import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { authFr } from './fr';

export const authDe: Catalogue<typeof authFr> = {
  signIn: {
    title: 'Anmeldung',
    intro: 'Melden Sie sich mit der E-Mail-Adresse an, an die Ihre Kommune Sie eingeladen hat.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    submit: 'Anmelden',
    invalidCredentials: 'E-Mail-Adresse oder Passwort falsch.',
    tooMany: 'Zu viele Anmeldeversuche. Versuchen Sie es später erneut.',
    tooManyWithDelay: 'Zu viele Anmeldeversuche. Versuchen Sie es in {{minutes}} Min. erneut.',
    required: 'Melden Sie sich an, um diese Seite aufzurufen.',
  },
  changePassword: {
    title: 'Passwort ändern',
    intro: 'Ihre anderen Sitzungen werden beendet; diese bleibt geöffnet.',
    current: 'Aktuelles Passwort',
    new: 'Neues Passwort',
    confirm: 'Neues Passwort bestätigen',
    submit: 'Passwort ändern',
    done: 'Ihr Passwort wurde geändert.',
  },
  password: {
    hint: 'Mindestens {{min}} Zeichen, ohne Ihre E-Mail-Adresse und ohne den Namen Ihrer Kommune.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
  },
};
