import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { invitationAcceptanceFr } from './fr';

export const invitationAcceptanceDe: Catalogue<typeof invitationAcceptanceFr> = {
  invitation: {
    title: 'Einladung zu Passerelle',
    colleague:
      '{{invitedBy}} ({{invitingOrganisation}}) lädt Sie ein, {{organisation}} bei Passerelle beizutreten.',
    partner:
      '{{invitedBy}} ({{invitingOrganisation}}) lädt {{organisation}} ein, sich einer Partnerschaft bei Passerelle anzuschließen.',
    details: 'Details der Einladung',
    email: 'E-Mail-Adresse',
    organisation: 'Kommune',
    role: 'Rolle',
    partnership: 'Partnerschaft',
    expiresAt: 'Gültig bis',
    formTitle: 'Erstellen Sie Ihr Konto',
    displayName: 'Ihr Name',
    password: 'Passwort',
    confirm: 'Passwort bestätigen',
    submit: 'Konto erstellen',
    signIn: 'Anmelden',
  },
};
