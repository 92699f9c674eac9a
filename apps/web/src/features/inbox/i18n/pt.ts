import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { inboxFr } from './fr';

export const inboxPt: Catalogue<typeof inboxFr> = {
  inbox: {
    title: 'Por fazer',
    intro: 'O que o espera nas parcerias da sua autarquia: porquê, desde quando, para quando e onde o fazer.',
    link: 'Por fazer',
    linkCount_one: ' {{count}} pendente',
    linkCount_other: ' {{count}} pendentes',
    listLabel_one: '{{count}} tarefa por fazer',
    listLabel_other: '{{count}} tarefas por fazer',
    empty: 'Nada o espera de momento.',
    overdue: 'Atrasado',
    since: 'Desde {{date}}',
    dueOn: 'Prazo: {{date}}',
    kind: {
      'motivation-review': 'Motivação por rever',
      'orange-zone-visit-approval': 'Missão em zona laranja por autorizar',
      'compatibility-review': 'Compatibilidade das motivações por analisar',
      'priority-agreement': 'Prioridade por validar',
      'convention-approval': 'Versão do acordo por aprovar',
      'visit-follow-up': 'Seguimento de missão por fazer',
      'dialogue-exchange-due': 'Troca do diálogo por realizar',
      'visit-report-due': 'Relatório de missão por redigir',
      'funding-call-closing': 'Candidatura por apresentar antes do encerramento do concurso',
      'funding-report-due': 'Relatório ao financiador por enviar',
    },
    act: {
      'motivation-review': 'Rever a motivação',
      'orange-zone-visit-approval': 'Analisar a missão',
      'compatibility-review': 'Analisar a compatibilidade',
      'priority-agreement': 'Validar a prioridade',
      'convention-approval': 'Registar a deliberação',
      'visit-follow-up': 'Ver o seguimento',
      'dialogue-exchange-due': 'Registar uma troca',
      'visit-report-due': 'Redigir o relatório',
      'funding-call-closing': 'Ver a candidatura',
      'funding-report-due': 'Ver o relatório esperado',
    },
    audience: {
      elected_officials: 'entre eleitos',
      technicians: 'entre técnicos',
      territory_actors: 'entre atores do território',
    },
  },
};
