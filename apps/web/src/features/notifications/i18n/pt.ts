import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { notificationsFr } from './fr';

export const notificationsPt: Catalogue<typeof notificationsFr> = {
  notifications: {
    title: 'Notificações',
    intro:
      'O que passou a esperar por si em «Por fazer» e os lembretes das suas parcerias: trocas de diálogo por realizar, missões próximas, relatórios esperados, prazos do acordo.',
    link: 'Notificações',
    linkUnread_one: ' {{count}} não lida',
    linkUnread_other: ' {{count}} não lidas',
    listLabel: 'As suas notificações',
    empty: 'Ainda não há notificações.',
    unread: 'Não lida',
    receivedOn: 'Recebida em {{date}}',
    markAllRead: 'Marcar tudo como lido',
    allRead: 'Todas as suas notificações estão marcadas como lidas.',
    loadMore: 'Carregar mais',
    item: '{{text}} — {{partnership}}',
    inboxWhat: '{{why}}: «{{label}}»',
    inboxDue: '{{what}}, prazo a {{date}}',
    inboxDone: '(feito entretanto)',
    inboxGeneric: 'Nova tarefa',
    dialogueDue: {
      elected_officials: 'Troca com os eleitos prevista para {{date}}',
      technicians: 'Troca entre técnicos prevista para {{date}}',
      territory_actors: 'Troca com os atores do território prevista para {{date}}',
      unknown: 'Troca de diálogo prevista para {{date}}',
    },
    dialogueOverdue: {
      elected_officials: 'A relação está a adormecer: a troca entre eleitos estava prevista para {{date}}',
      technicians: 'A relação está a adormecer: a troca entre técnicos estava prevista para {{date}}',
      territory_actors:
        'A relação está a adormecer: a troca com os atores do território estava prevista para {{date}}',
      unknown: 'A relação está a adormecer: estava prevista uma troca para {{date}}',
    },
    visitUpcoming_one: 'Missão «{{purpose}}» dentro de {{count}} dia, a partir de {{date}}',
    visitUpcoming_other: 'Missão «{{purpose}}» dentro de {{count}} dias, a partir de {{date}}',
    visitStarting: 'Missão «{{purpose}}» a partir de {{date}}',
    visitUpcomingUnknown: 'Missão a partir de {{date}}',
    visitReportMissing: 'Relatório da missão «{{purpose}}» esperado (missão terminada em {{date}})',
    visitReportMissingUnknown: 'Relatório de missão esperado (missão terminada em {{date}})',
    visitCancelled: '(missão entretanto cancelada)',
    conventionExpiring: 'O acordo expira em {{date}}',
    conventionTacitRenewal: 'Último dia para se opor à renovação tácita: {{date}}',
    generic: 'Lembrete para {{date}}',
    fundingCallClosing: 'Um concurso encerra em {{date}}: candidatura em rascunho',
    fundingReportDue: 'Relatório ao financiador esperado em {{date}}',
  },
};
