import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { politicalDialogueFr } from './fr';

export const politicalDialoguePt: Catalogue<typeof politicalDialogueFr> = {
  politicalDialogue: {
    title: 'Motivações cruzadas e prioridades comuns',
    intro:
      'Cada parte põe as suas motivações em cima da mesa: os eleitos comparam-nas, dizem se são compatíveis com as da sua autarquia, e depois as partes acordam as prioridades que o acordo consagrará.',
    conflict: 'Alguém alterou o diálogo político entretanto: foi recarregado, verifique e recomece.',
    categories: {
      political: 'Política',
      institutional: 'Institucional',
      technical_sectoral: 'Técnica ou setorial',
      financial: 'Financeira',
      economic: 'Económica',
    },
    frames: {
      humanist: 'Humanista',
      political: 'Político',
      pro_domo: 'Pro domo',
    },
    motivations: {
      title: 'Motivações em cima da mesa',
      intro:
        'Só aparecem aqui as motivações que cada parte partilhou; as suas motivações internas continuam a ser suas.',
      noPartner:
        'Ainda não há autarquia parceira: a comparação será possível logo que um parceiro se junte à parceria.',
      nothingFromPartner:
        '{{parties}} ainda não partilhou nenhuma motivação: a comparação será possível logo que as suas motivações estejam em cima da mesa.',
      yourSide: 'A sua autarquia',
      yoursEmpty: 'A sua autarquia ainda não partilhou nenhuma motivação.',
      shareYours: 'Partilhar as suas motivações (etapa 1)',
      partnerEmpty: '{{party}} ainda não partilhou nenhuma motivação.',
      frames: 'Referenciais — humanista: {{humanist}} · político: {{political}} · pro domo: {{proDomo}}',
      listOf: 'Motivações partilhadas por {{party}}',
      sharedOn: 'Partilhada em {{date}}',
    },
    reviews: {
      title: 'Compatibilidade das motivações',
      intro:
        'Os eleitos de cada parte dizem se as motivações em cima da mesa são compatíveis com as da sua autarquia.',
      listLabel: 'Pareceres de compatibilidade por parte',
      none: 'Ainda não foi dado nenhum parecer.',
      verdicts: {
        approved: 'Compatíveis',
        changes_requested: 'Ajustes pedidos',
      },
      by: 'Parecer de {{name}}, em {{date}}.',
      councilDecisionBoth: 'Deliberação {{reference}} de {{date}}.',
      councilDecisionRefOnly: 'Deliberação {{reference}}.',
      councilDecisionDateOnly: 'Deliberação de {{date}}.',
      outdated:
        'Este parecer é anterior à última partilha de motivações: já não conta, é esperado um novo parecer.',
    },
    reviewForm: {
      title: 'Dar o parecer de {{party}}',
      hint: 'Dá este parecer na qualidade de eleito(a), em nome da sua autarquia.',
      replaces:
        'Dá este parecer na qualidade de eleito(a), em nome da sua autarquia; substitui o parecer anterior.',
      comment: 'Comentário',
      commentHint: 'Opcional; útil para dizer o que deve ser ajustado.',
      councilDecisionRef: 'Referência da deliberação',
      councilDecisionRefHint: 'Se a assembleia se pronunciou, por exemplo DEL-2026-014.',
      councilDecisionOn: 'Data da deliberação',
      compatible: 'Considerar as motivações compatíveis',
      changesRequested: 'Pedir ajustes',
      done: {
        approved: 'Parecer registado: as motivações são consideradas compatíveis.',
        changes_requested: 'Parecer registado: foram pedidos ajustes.',
      },
    },
    priorities: {
      title: 'Prioridades comuns',
      intro:
        'As prioridades que o acordo consagrará. Cada uma conta quando todas as partes a tiverem aprovado; a aprovação de uma parte é dada por um(a) dos seus eleitos.',
      empty: 'Ainda não foi proposta nenhuma prioridade.',
      listLabel: 'Prioridades',
      agreedByAll: 'Aprovada por todas as partes',
      awaitingAll: 'A aguardar aprovação',
      stakes: 'Desafios do seu território: {{stakes}}',
      otherStakes_one: 'Desafios do território parceiro: {{count}}',
      otherStakes_other: 'Desafios do território parceiro: {{count}}',
      agreementsOf: 'Aprovação das partes sobre «{{title}}»',
      partyAgreed: 'aprovou',
      partyAwaited: 'aprovação pendente',
      agree: 'Aprovar esta prioridade',
      agreed: 'Aprovou a prioridade «{{title}}».',
    },
    priorityForm: {
      title: 'Propor uma prioridade',
      hint: 'A prioridade é proposta em nome de {{party}}, que a aprova automaticamente; {{parties}} terá depois de a aprovar.',
      titleLabel: 'Título da prioridade',
      titleHint: 'Por exemplo: o acesso à água potável nos bairros periféricos.',
      titleRequired: 'Indique o título da prioridade.',
      stakes: 'Desafios do seu território a que responde',
      stakesHint: 'Opcional: os desafios identificados na etapa 1.',
      noStakes: 'Ainda não há desafios registados na etapa 1.',
      submit: 'Propor a prioridade',
      done: 'Prioridade «{{title}}» proposta: aguarda a aprovação de {{parties}}.',
    },
    readiness: {
      title: 'Antes de aprovar o acordo',
      ready: 'Estão reunidas todas as condições do método para aprovar o acordo.',
      missing: 'O método ainda exige:',
      listLabel: 'Condições por cumprir',
      awaitingYou: 'A fazer pela sua autarquia.',
      awaitingYouAnd: 'A fazer pela sua autarquia e por {{parties}}.',
      awaitingOthers: 'A sua autarquia fez a sua parte: a aguardar {{parties}}.',
    },
  },
};
