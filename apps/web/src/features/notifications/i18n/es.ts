import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { notificationsFr } from './fr';

export const notificationsEs: Catalogue<typeof notificationsFr> = {
  notifications: {
    title: 'Notificaciones',
    intro:
      'Lo que ha llegado a esperarle en «Pendientes» y los recordatorios de sus alianzas: intercambios de diálogo por mantener, misiones próximas, informes esperados, vencimientos de convenios.',
    link: 'Notificaciones',
    linkUnread_one: ' {{count}} sin leer',
    linkUnread_other: ' {{count}} sin leer',
    listLabel: 'Sus notificaciones',
    empty: 'Ninguna notificación por ahora.',
    unread: 'Sin leer',
    receivedOn: 'Recibida el {{date}}',
    markAllRead: 'Marcar todo como leído',
    allRead: 'Todas sus notificaciones están marcadas como leídas.',
    loadMore: 'Cargar más',
    item: '{{text}} — {{partnership}}',
    inboxWhat: '{{why}}: «{{label}}»',
    inboxDue: '{{what}}, vence el {{date}}',
    inboxDone: '(hecho desde entonces)',
    inboxGeneric: 'Nueva tarea',
    dialogueDue: {
      elected_officials: 'Intercambio con los cargos electos previsto el {{date}}',
      technicians: 'Intercambio entre personal técnico previsto el {{date}}',
      territory_actors: 'Intercambio con los actores del territorio previsto el {{date}}',
      unknown: 'Intercambio de diálogo previsto el {{date}}',
    },
    dialogueOverdue: {
      elected_officials:
        'La relación se adormece: el intercambio de los cargos electos estaba previsto el {{date}}',
      technicians: 'La relación se adormece: el intercambio del personal técnico estaba previsto el {{date}}',
      territory_actors:
        'La relación se adormece: el intercambio con los actores del territorio estaba previsto el {{date}}',
      unknown: 'La relación se adormece: había un intercambio previsto el {{date}}',
    },
    visitUpcoming_one: 'Misión «{{purpose}}» dentro de {{count}} día, a partir del {{date}}',
    visitUpcoming_other: 'Misión «{{purpose}}» dentro de {{count}} días, a partir del {{date}}',
    visitStarting: 'Misión «{{purpose}}» a partir del {{date}}',
    visitUpcomingUnknown: 'Misión a partir del {{date}}',
    visitReportMissing: 'Informe de la misión «{{purpose}}» pendiente (misión terminada el {{date}})',
    visitReportMissingUnknown: 'Informe de misión pendiente (misión terminada el {{date}})',
    visitCancelled: '(misión cancelada después)',
    conventionExpiring: 'El convenio vence el {{date}}',
    conventionTacitRenewal: 'Último día para oponerse a la prórroga tácita: {{date}}',
    fundingCallClosing: 'Una convocatoria se cierra el {{date}}: solicitud en borrador',
    fundingReportDue: 'Informe al financiador previsto para el {{date}}',
    generic: 'Recordatorio para el {{date}}',
  },
};
