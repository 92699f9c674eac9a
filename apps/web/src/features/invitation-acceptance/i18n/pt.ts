import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { invitationAcceptanceFr } from './fr';

export const invitationAcceptancePt: Catalogue<typeof invitationAcceptanceFr> = {
  invitation: {
    title: 'Convite para o Passerelle',
    colleague:
      '{{invitedBy}} ({{invitingOrganisation}}) convida-o a juntar-se a {{organisation}} no Passerelle.',
    partner:
      '{{invitedBy}} ({{invitingOrganisation}}) convida {{organisation}} a juntar-se a uma parceria no Passerelle.',
    details: 'Detalhes do convite',
    email: 'Correio eletrónico',
    organisation: 'Autarquia',
    role: 'Função',
    partnership: 'Parceria',
    expiresAt: 'Válido até',
    formTitle: 'Crie a sua conta',
    displayName: 'O seu nome',
    password: 'Palavra-passe',
    confirm: 'Confirme a palavra-passe',
    submit: 'Criar a minha conta',
    signIn: 'Iniciar sessão',
  },
};
