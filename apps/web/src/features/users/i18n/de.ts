import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { usersFr } from './fr';

export const usersDe: Catalogue<typeof usersFr> = {
  users: {
    title: 'Benutzer',
    intro: 'Die Personen Ihrer Kommune mit einem Konto, ihre Rolle und die versandten Einladungen.',
    caption: 'Benutzer Ihrer Kommune',
    name: 'Name',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    disabled: 'Deaktiviert',
    roleOf: 'Rolle von {{name}}',
    disabledOf: 'Konto von {{name}} deaktivieren',
    you: '(Sie)',
    saved: 'Änderung für {{name}} gespeichert.',
    empty: 'Keine Benutzer.',
  },
  inviteColleague: {
    title: 'Kolleg:in einladen',
    intro: 'Die Person erhält per E-Mail einen Link, um ihr Passwort festzulegen.',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    submit: 'Einladung senden',
    sent: 'Einladung an {{email}} gesendet.',
  },
  sentInvitations: {
    title: 'Versandte Einladungen',
    caption: 'Von Ihrer Kommune versandte Einladungen',
    empty: 'Keine Einladungen versandt.',
    email: 'E-Mail-Adresse',
    role: 'Rolle',
    status: 'Status',
    expiresAt: 'Läuft ab am',
    actions: 'Aktionen',
    revoke: 'Zurückziehen',
    revokeLabel: 'Einladung an {{email}} zurückziehen',
    revoked: 'Einladung an {{email}} zurückgezogen.',
  },
  invitationStatuses: {
    pending: 'Ausstehend',
    accepted: 'Angenommen',
    revoked: 'Zurückgezogen',
    expired: 'Abgelaufen',
  },
};
