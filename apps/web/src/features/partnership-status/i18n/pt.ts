import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { partnershipStatusFr } from './fr';

export const partnershipStatusPt: Catalogue<typeof partnershipStatusFr> = {
  partnershipStatus: {
    title: 'Estado da parceria',
    badges: {
      active: 'Ativa',
      suspended: 'Suspensa',
      noticeRunning: 'Pré-aviso em curso',
      terminated: 'Terminada',
    },
    active: 'A parceria está ativa.',
    suspendedSince: 'A parceria está suspensa desde {{date}}.',
    suspendedEffect:
      'As etapas estão em pausa até à retoma; tudo o que foi feito continua acessível a cada parte.',
    noticeRunning:
      'Foi decidido pôr fim à parceria em {{decidedOn}}. O pré-aviso está a decorrer: o fim produz efeito em {{effectiveOn}}.',
    terminated: 'A parceria terminou em {{effectiveOn}}.',
    frozen: 'Já nada pode ser alterado; o seu histórico continua acessível a cada parte. Nada foi apagado.',
    reason: 'Motivo',
    decidedOn: 'Decisão tomada em',
    noticeGivenOn: 'Pré-aviso dado em',
    effectiveOn: 'Data de efeito',
    fatesTitle: 'Destino das ações em curso',
    noActionDecisions: 'Não havia ações em curso.',
    unknownAction: 'Ação sem título conhecido',
    fateOf: '{{title}}: {{fate}}',
    fates: {
      complete_during_notice: 'concluída durante o pré-aviso',
      hand_over: 'transferida para outro responsável',
      stop: 'parada (ação cancelada)',
    },
    fateChoices: {
      none: '— Escolher —',
      complete_during_notice: 'concluí-la durante o pré-aviso',
      hand_over: 'transferi-la para outro responsável',
      stop: 'pará-la (será cancelada)',
    },
    actionStatuses: {
      planned: 'Ação prevista',
      in_progress: 'Ação em curso',
      on_hold: 'Ação em pausa',
      completed: 'Ação concluída',
      cancelled: 'Ação cancelada',
    },
    conflict:
      'A parceria mudou entretanto: o seu estado foi recarregado, verifique-o e recomece se necessário.',
    cancel: 'Cancelar',
    suspend: {
      open: 'Suspender a parceria',
      title: 'Suspender a parceria',
      intro:
        'Indique porquê. As outras partes serão informadas por correio eletrónico; a parceria poderá ser retomada depois.',
      reason: 'Motivo da suspensão',
      reasonRequired: 'Indique o motivo da suspensão.',
      submit: 'Confirmar a suspensão',
      done: 'A parceria está suspensa. As outras partes foram informadas por correio eletrónico.',
    },
    resume: {
      submit: 'Retomar a parceria',
      done: 'A parceria foi retomada.',
    },
    terminate: {
      open: 'Pôr fim à parceria',
      title: 'Pôr fim à parceria',
      intro:
        'Nenhum acordo vincula as partes: pôr-lhe fim é um ato simples, de efeito imediato, nunca uma eliminação — um motivo e uma decisão para cada ação em curso. O histórico continua acessível a cada parte. Um fim com pré-aviso passa pela rutura negociada abaixo.',
      reason: 'Motivo do fim da parceria',
      reasonRequired: 'Indique o motivo do fim da parceria.',
      noticeGivenOn: 'Pré-aviso dado em',
      noticeGivenOnHint: 'O dia em que o parceiro foi avisado, o mais tardar hoje.',
      effectiveOn: 'Data de efeito do fim',
      abandonHint: 'Efeito imediato: um fim diferido, com pré-aviso, passa pela rutura negociada.',
      dateRequired: 'Indique uma data.',
      noticeTooShort_one:
        'O pré-aviso devido ao parceiro é de {{count}} dia; as datas escolhidas só deixam {{given}}.',
      noticeTooShort_other:
        'O pré-aviso devido ao parceiro é de {{count}} dias; as datas escolhidas só deixam {{given}}.',
      noticeInFuture: 'O pré-aviso deve ter sido dado o mais tardar hoje.',
      actionsTitle: 'Destino das ações em curso',
      actionsIntro: 'Decida o que acontece a cada uma: nenhum projeto é interrompido sem decisão.',
      noOngoingActions: 'Não há ações em curso.',
      actionFate: 'Destino da ação «{{title}}»',
      decisionRequired: 'Escolha o destino desta ação.',
      decisionsMissing_one:
        'Decida o destino de cada ação em curso antes de pôr fim à parceria: {{count}} ação ainda aguarda decisão.',
      decisionsMissing_other:
        'Decida o destino de cada ação em curso antes de pôr fim à parceria: {{count}} ações ainda aguardam decisão.',
      review: 'Verificar antes de confirmar',
      confirmTitle: 'Confirmar o fim da parceria',
      confirmText:
        'Pré-aviso dado em {{noticeGivenOn}}, fim efetivo em {{effectiveOn}}. As outras partes serão informadas por correio eletrónico.',
      confirmFinal: 'Esta decisão é definitiva: a parceria não poderá voltar a ser alterada nem retomada.',
      confirm: 'Confirmar o fim da parceria',
      back: 'Voltar ao formulário',
      done: 'Foi posto fim à parceria. As outras partes foram informadas por correio eletrónico.',
    },
  },
  rupture: {
    title: 'Rutura negociada',
    none: 'Não está prevista nenhuma rutura. Pôr fim a uma parceria vinculada por um acordo passa por estas etapas: proposta ao parceiro e negociação, deliberação do órgão deliberativo, pré-aviso durante o qual a parceria continua, e depois o fim.',
    stages: {
      negotiating: 'Negociação em curso',
      notice: 'Pré-aviso em curso',
      withdrawn: 'Rutura retirada',
      ended: 'Rutura efetiva',
    },
    proposed: 'Rutura proposta por {{party}} em {{date}}.',
    deliberation: 'Deliberação',
    deliberationText: '{{body}}, deliberação {{reference}} de {{date}}',
    awaiting: 'A aguardar a resposta de: {{parties}}.',
    heard: 'O parceiro respondeu.',
    decisionFrom:
      'A deliberação poderá ser registada a partir de {{date}} (ou logo após a resposta do parceiro).',
    decisionOpen: 'A deliberação pode ser registada.',
    noticeRuns_one:
      'A parceria continua durante o pré-aviso — trocas, ações por concluir, respostas do parceiro — e terminará automaticamente em {{date}} (falta {{count}} dia).',
    noticeRuns_other:
      'A parceria continua durante o pré-aviso — trocas, ações por concluir, respostas do parceiro — e terminará automaticamente em {{date}} (faltam {{count}} dias).',
    withdrawn: 'Retirada em {{date}}: {{reason}}',
    noDeliberation:
      'Fim decidido antes de o Passerelle registar as deliberações: nenhuma referência conhecida.',
    responses: 'Respostas do parceiro',
    response: '{{party}}, em {{date}}:',
    textRequired: 'Este campo é obrigatório.',
    propose: {
      open: 'Propor uma rutura ao parceiro',
      title: 'Propor uma rutura',
      intro:
        'O parceiro é informado de imediato por correio eletrónico e pode responder aqui. Nenhuma decisão é tomada nesta fase: a rutura negoceia-se.',
      reason: 'Porquê considerar o fim da parceria?',
      submit: 'Informar o parceiro e abrir a negociação',
      done: 'A rutura foi proposta: o parceiro foi informado e pode responder.',
    },
    respond: {
      open: 'Responder à proposta de rutura',
      title: 'A sua resposta',
      intro: 'A sua resposta é junta ao processo e transmitida à outra parte antes da sua decisão.',
      text: 'Resposta da sua autarquia',
      submit: 'Enviar a resposta',
      done: 'A sua resposta foi registada e transmitida.',
    },
    withdraw: {
      open: 'Retirar a proposta de rutura',
      title: 'Retirar a proposta',
      intro: 'A negociação permitiu continuar: o parceiro é informado.',
      reason: 'Porque é retirada a rutura',
      submit: 'Retirar a proposta',
      done: 'A proposta de rutura foi retirada: a parceria continua.',
    },
    decide: {
      open: 'Registar a deliberação',
      title: 'Deliberação do órgão deliberativo',
      intro:
        'O fim é decidido pelo seu órgão deliberativo: indique a deliberação. Um(a) eleito(a) ou o funcionário que dela dá conta pode registá-la. O pré-aviso começa; a parceria continua até à data de efeito.',
      body: 'Órgão deliberativo',
      bodyHint: 'Por exemplo: assembleia municipal, conselho municipal, assembleia provincial.',
      reference: 'Referência da deliberação',
      adoptedOn: 'Deliberação adotada em',
      effectiveOnHint_one: 'No mínimo em {{date}}: o pré-aviso devido é de {{count}} dia.',
      effectiveOnHint_other: 'No mínimo em {{date}}: o pré-aviso devido é de {{count}} dias.',
      incomplete:
        'Indique o órgão, a referência e as datas da deliberação, e o destino de cada ação em curso.',
      submit: 'Registar a deliberação e dar o pré-aviso',
      done: 'A deliberação foi registada: o pré-aviso está a decorrer e o parceiro foi informado.',
    },
  },
};
