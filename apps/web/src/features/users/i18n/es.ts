import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { usersFr } from './fr';

export const usersEs: Catalogue<typeof usersFr> = {
  users: {
    title: 'Usuarios',
    intro: 'Las personas de su gobierno local que tienen una cuenta, su rol y las invitaciones enviadas.',
    caption: 'Usuarios de su gobierno local',
    name: 'Nombre',
    email: 'Correo electrónico',
    role: 'Rol',
    disabled: 'Desactivada',
    roleOf: 'Rol de {{name}}',
    disabledOf: 'Desactivar la cuenta de {{name}}',
    you: '(usted)',
    saved: 'Cambio guardado para {{name}}.',
    empty: 'Ningún usuario.',
  },
  inviteColleague: {
    title: 'Invitar a una persona de su equipo',
    intro: 'La persona recibe un enlace por correo electrónico para elegir su contraseña.',
    email: 'Correo electrónico',
    role: 'Rol',
    submit: 'Enviar la invitación',
    sent: 'Invitación enviada a {{email}}.',
  },
  sentInvitations: {
    title: 'Invitaciones enviadas',
    caption: 'Invitaciones enviadas por su gobierno local',
    empty: 'Ninguna invitación enviada.',
    email: 'Correo electrónico',
    role: 'Rol',
    status: 'Estado',
    expiresAt: 'Caduca el',
    actions: 'Acciones',
    revoke: 'Retirar',
    revokeLabel: 'Retirar la invitación de {{email}}',
    revoked: 'Invitación de {{email}} retirada.',
  },
  invitationStatuses: {
    pending: 'Pendiente',
    accepted: 'Aceptada',
    revoked: 'Retirada',
    expired: 'Caducada',
  },
};
