import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { invitationAcceptanceFr } from './fr';

export const invitationAcceptanceEs: Catalogue<typeof invitationAcceptanceFr> = {
  invitation: {
    title: 'Invitación a Passerelle',
    colleague:
      '{{invitedBy}} ({{invitingOrganisation}}) le invita a unirse a {{organisation}} en Passerelle.',
    partner:
      '{{invitedBy}} ({{invitingOrganisation}}) invita a {{organisation}} a unirse a una alianza en Passerelle.',
    details: 'Detalles de la invitación',
    email: 'Correo electrónico',
    organisation: 'Gobierno local',
    role: 'Rol',
    partnership: 'Alianza',
    expiresAt: 'Válida hasta el',
    formTitle: 'Cree su cuenta',
    displayName: 'Su nombre',
    password: 'Contraseña',
    confirm: 'Confirme la contraseña',
    submit: 'Crear mi cuenta',
    signIn: 'Iniciar sesión',
  },
};
