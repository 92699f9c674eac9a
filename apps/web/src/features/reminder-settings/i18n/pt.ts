import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { reminderSettingsFr } from './fr';

export const reminderSettingsPt: Catalogue<typeof reminderSettingsFr> = {
  reminderSettings: {
    title: 'Lembretes e agenda',
    intro:
      'Escolha os lembretes que recebe por correio eletrónico e nas notificações, e subscreva na sua agenda as próximas missões e trocas.',
    preferencesTitle: 'Lembretes recebidos',
    preferencesIntro:
      'Um lembrete desmarcado deixa de lhe ser enviado, por correio eletrónico ou nas notificações. As mensagens nunca saem entre as {{quietStart}} e as {{quietEnd}}, hora da sua autarquia: esperam pela manhã.',
    preferencesLegend: 'Recebo os seguintes lembretes',
    mandatory:
      'Sempre enviado: o fim de um acordo vincula a sua autarquia, este lembrete não pode ser desativado.',
    save: 'Guardar as minhas preferências',
    saved: 'As suas preferências de lembretes foram guardadas.',
    days_one: '{{count}} dia',
    days_other: '{{count}} dias',
    kinds: {
      'dialogue-due': {
        label: 'Troca de diálogo por realizar',
        hint: '{{days}} antes da data em que se espera uma troca com os eleitos, os técnicos ou os atores do território, segundo o ritmo acordado com o parceiro.',
      },
      'dialogue-overdue': {
        label: 'A relação está a adormecer',
        hint: 'Quando uma troca esperada não aconteceu na data prevista.',
      },
      'visit-upcoming': {
        label: 'Missão próxima',
        hint: '{{days}} antes do início de uma missão ou da receção de uma delegação.',
      },
      'visit-report-missing': {
        label: 'Relatório de missão esperado',
        hint: '{{days}} depois do fim de uma missão cujo relatório ainda não foi redigido.',
      },
      'convention-expiring': {
        label: 'Termo do acordo',
        hint: '{{days}} antes da data de fim do acordo.',
      },
      'convention-tacit-renewal': {
        label: 'Renovação tácita do acordo',
        hint: '{{days}} antes do último dia para se opor à renovação tácita do acordo.',
      },
      'funding-call-closing': {
        label: 'Encerramento de um concurso',
        hint: '{{days}} antes do encerramento de um concurso a que uma candidatura ainda está em rascunho.',
      },
      'funding-report-due': {
        label: 'Relatório esperado por um financiador',
        hint: '{{days}} antes da data de um relatório devido sobre uma subvenção concedida.',
      },
    },
    calendarTitle: 'Agenda pessoal',
    calendarIntro:
      'Um endereço de subscrição (iCalendar) para ver na sua agenda as próximas missões e trocas de diálogo das suas parcerias. Guarde-o para si: quem o conhecer pode ler estes eventos.',
    calendarNone: 'Não tem nenhum endereço de agenda ativo.',
    calendarActive: 'Um endereço de agenda está ativo desde {{date}}.',
    calendarCreate: 'Criar um endereço de agenda',
    calendarReplace: 'Substituir o endereço',
    calendarReplaceHint:
      'É criado um novo endereço e o atual deixa imediatamente de funcionar: útil se puder ter sido comunicado a alguém.',
    calendarRevoke: 'Revogar o endereço',
    calendarRevokeHint: 'O endereço deixa imediatamente de funcionar; a sua agenda deixa de ser atualizada.',
    calendarCreated: 'O seu endereço de agenda foi criado.',
    calendarReplaced: 'Foi criado um novo endereço de agenda: o antigo já não funciona.',
    calendarRevoked: 'O seu endereço de agenda foi revogado: já não funciona.',
    calendarUrl: 'Endereço da sua agenda',
    calendarUrlHint: 'Copie-o agora: não voltará a ser mostrado. Se o perder, substitua-o por um novo.',
    calendarCopy: 'Copiar o endereço',
    calendarCopied: 'Endereço copiado.',
    calendarCopyFailed: 'A cópia falhou: selecione o endereço e copie-o manualmente.',
    calendarOpen: 'Abrir na minha aplicação de agenda',
    subscribeTitle: 'Subscrever a partir da sua agenda',
    subscribeOutlook:
      'Outlook: Adicionar calendário, depois «Subscrever a partir da Web» (ou «A partir da Internet»), e cole o endereço.',
    subscribeThunderbird:
      'Thunderbird: Novo calendário, «Na rede», cole o endereço e escolha o formato iCalendar (ICS).',
    subscribeGoogle:
      'Google Calendar: ao lado de «Outros calendários», «+» e depois «A partir do URL», e cole o endereço. O Google só relê a agenda de poucas em poucas horas.',
  },
};
