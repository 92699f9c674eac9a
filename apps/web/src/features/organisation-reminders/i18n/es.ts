import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { organisationRemindersFr } from './fr';

export const organisationRemindersEs: Catalogue<typeof organisationRemindersFr> = {
  organisationReminders: {
    title: 'Recordatorios',
    intro:
      'Los recordatorios enviados a las personas de su gobierno local y su entrega: los que han fallado pueden reenviarse.',
    healthTitle: 'Estado de los recordatorios',
    scheduleTitle: 'Recordatorios de su gobierno local',
    pending: 'Pendientes',
    due: 'Por enviar ahora (atrasados o en reintento)',
    failed: 'Fallidos',
    sentLast7Days: 'Enviados en los últimos 7 días',
    queueTitle: 'Cola de envío (todos los gobiernos locales)',
    queueWaiting: 'Listos para salir',
    queueDelayed: 'Programados',
    queueActive: 'Enviándose',
    queueFailed: 'Fallidos',
    queueUnavailable:
      'La cola de envío (Redis) no responde. Los recordatorios siguen registrados y saldrán en cuanto vuelva.',
    listTitle: 'Lista de recordatorios',
    statusFilter: 'Estado',
    allStatuses: 'Todos',
    statuses: {
      pending: 'Pendiente',
      sent: 'Enviado',
      failed: 'Fallido',
      cancelled: 'Cancelado',
      skipped: 'No enviado',
    },
    caption: 'Recordatorios, del más reciente al más antiguo',
    recipient: 'Destinatario',
    reminder: 'Recordatorio',
    subjectDate: 'Vencimiento: {{date}}',
    notifyAt: 'Previsto el',
    status: 'Estado',
    attempts: 'Intentos',
    error: 'Error o motivo',
    actions: 'Acción',
    retry: 'Reenviar',
    retried: 'El recordatorio a {{name}} se reenvía: vuelve a la cola de envío.',
    empty: 'Ningún recordatorio en este estado.',
    loadMore: 'Cargar más',
    sentAt: 'Enviado el {{date}}',
  },
};
