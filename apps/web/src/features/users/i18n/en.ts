import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { usersFr } from './fr';

export const usersEn: Catalogue<typeof usersFr> = {
  users: {
    title: 'Users',
    intro: 'The people of your authority who have an account, their role, and the invitations sent.',
    caption: 'Users of your authority',
    name: 'Name',
    email: 'E-mail address',
    role: 'Role',
    disabled: 'Disabled',
    roleOf: 'Role of {{name}}',
    disabledOf: 'Disable the account of {{name}}',
    you: '(you)',
    saved: 'Change saved for {{name}}.',
    empty: 'No user.',
  },
  inviteColleague: {
    title: 'Invite a colleague',
    intro: 'They receive a link by e-mail to choose their password.',
    email: 'E-mail address',
    role: 'Role',
    submit: 'Send the invitation',
    sent: 'Invitation sent to {{email}}.',
  },
  sentInvitations: {
    title: 'Sent invitations',
    caption: 'Invitations sent by your authority',
    empty: 'No invitation sent.',
    email: 'E-mail address',
    role: 'Role',
    status: 'Status',
    expiresAt: 'Expires',
    actions: 'Actions',
    revoke: 'Withdraw',
    revokeLabel: 'Withdraw the invitation of {{email}}',
    revoked: 'Invitation of {{email}} withdrawn.',
  },
  invitationStatuses: {
    pending: 'Pending',
    accepted: 'Accepted',
    revoked: 'Withdrawn',
    expired: 'Expired',
  },
};
