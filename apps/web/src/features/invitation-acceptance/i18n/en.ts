import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { invitationAcceptanceFr } from './fr';

export const invitationAcceptanceEn: Catalogue<typeof invitationAcceptanceFr> = {
  invitation: {
    title: 'Invitation to Passerelle',
    colleague: '{{invitedBy}} ({{invitingOrganisation}}) invites you to join {{organisation}} on Passerelle.',
    partner:
      '{{invitedBy}} ({{invitingOrganisation}}) invites {{organisation}} to join a partnership on Passerelle.',
    details: 'Invitation details',
    email: 'E-mail address',
    organisation: 'Authority',
    role: 'Role',
    partnership: 'Partnership',
    expiresAt: 'Valid until',
    formTitle: 'Create your account',
    displayName: 'Your name',
    password: 'Password',
    confirm: 'Confirm the password',
    submit: 'Create my account',
    signIn: 'Sign in',
  },
};
