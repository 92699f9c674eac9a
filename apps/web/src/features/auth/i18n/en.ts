import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { authFr } from './fr';

export const authEn: Catalogue<typeof authFr> = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address your authority invited you with.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    invalidCredentials: 'Wrong e-mail or password.',
    tooMany: 'Too many sign-in attempts. Please try again later.',
    tooManyWithDelay: 'Too many sign-in attempts. Please try again in {{minutes}} min.',
    required: 'Sign in to see this page.',
  },
  changePassword: {
    title: 'Change password',
    intro: 'Your other sessions will be closed; this one stays open.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    submit: 'Change password',
    done: 'Your password has been changed.',
  },
  password: {
    hint: 'At least {{min}} characters, without your e-mail address or your organisation’s name.',
    mismatch: 'The two passwords do not match.',
  },
};
