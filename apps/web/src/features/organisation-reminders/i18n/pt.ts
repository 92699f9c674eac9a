import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { organisationRemindersFr } from './fr';

export const organisationRemindersPt: Catalogue<typeof organisationRemindersFr> = {
  organisationReminders: {
    title: 'Lembretes',
    intro:
      'Os lembretes enviados às pessoas da sua autarquia e o seu encaminhamento: os que falharam podem ser reenviados.',
    healthTitle: 'Estado dos lembretes',
    scheduleTitle: 'Lembretes da sua autarquia',
    pending: 'Pendentes',
    due: 'Por enviar agora (atrasados ou em nova tentativa)',
    failed: 'Falhados',
    sentLast7Days: 'Enviados nos últimos 7 dias',
    queueTitle: 'Fila de envio (todas as autarquias)',
    queueWaiting: 'Prontos a partir',
    queueDelayed: 'Programados',
    queueActive: 'A ser enviados',
    queueFailed: 'Falhados',
    queueUnavailable:
      'A fila de envio (Redis) não responde. Os lembretes ficam registados e serão enviados logo que volte.',
    listTitle: 'Lista dos lembretes',
    statusFilter: 'Estado',
    allStatuses: 'Todos',
    statuses: {
      pending: 'Pendente',
      sent: 'Enviado',
      failed: 'Falhado',
      cancelled: 'Cancelado',
      skipped: 'Não enviado',
    },
    caption: 'Lembretes, do mais recente ao mais antigo',
    recipient: 'Destinatário',
    reminder: 'Lembrete',
    subjectDate: 'Prazo: {{date}}',
    notifyAt: 'Previsto para',
    status: 'Estado',
    attempts: 'Tentativas',
    error: 'Erro ou motivo',
    actions: 'Ação',
    retry: 'Reenviar',
    retried: 'O lembrete para {{name}} foi reenviado: volta à fila de envio.',
    empty: 'Nenhum lembrete neste estado.',
    loadMore: 'Carregar mais',
    sentAt: 'Enviado em {{date}}',
  },
};
