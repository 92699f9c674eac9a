import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { usersFr } from './fr';

export const usersPt: Catalogue<typeof usersFr> = {
  users: {
    title: 'Utilizadores',
    intro: 'As pessoas da sua autarquia que têm conta, a sua função e os convites enviados.',
    caption: 'Utilizadores da sua autarquia',
    name: 'Nome',
    email: 'Correio eletrónico',
    role: 'Função',
    disabled: 'Desativado',
    roleOf: 'Função de {{name}}',
    disabledOf: 'Desativar a conta de {{name}}',
    you: '(você)',
    saved: 'Alteração guardada para {{name}}.',
    empty: 'Nenhum utilizador.',
  },
  inviteColleague: {
    title: 'Convidar um colega',
    intro: 'A pessoa recebe uma ligação por correio eletrónico para escolher a sua palavra-passe.',
    email: 'Correio eletrónico',
    role: 'Função',
    submit: 'Enviar o convite',
    sent: 'Convite enviado para {{email}}.',
  },
  sentInvitations: {
    title: 'Convites enviados',
    caption: 'Convites enviados pela sua autarquia',
    empty: 'Nenhum convite enviado.',
    email: 'Correio eletrónico',
    role: 'Função',
    status: 'Estado',
    expiresAt: 'Expira em',
    actions: 'Ações',
    revoke: 'Retirar',
    revokeLabel: 'Retirar o convite de {{email}}',
    revoked: 'Convite de {{email}} retirado.',
  },
  invitationStatuses: {
    pending: 'Pendente',
    accepted: 'Aceite',
    revoked: 'Retirado',
    expired: 'Expirado',
  },
};
