import type { Catalogue } from '../../lib/i18n/catalogue';
import type { shellFr } from './fr';

export const shellPt: Catalogue<typeof shellFr> = {
  app: {
    name: 'Passerelle',
    tagline: 'As parcerias internacionais das autarquias locais',
    skipToContent: 'Ir para o conteúdo',
    mainNavigation: 'As seis etapas do método',
    partnershipSteps: 'As seis etapas desta parceria',
    menu: 'Menu',
  },
  language: {
    label: 'Língua',
  },
  steps: {
    COMMITMENT: {
      title: 'Construir o compromisso',
      summary:
        'Clarificar as motivações, associar os atores do território, identificar os desafios e o que o território pode trazer, e depois obter a validação dos eleitos.',
    },
    PARTNER_SEARCH: {
      title: 'Procurar parceiros potenciais',
      summary:
        'Apoiar-se nas redes dos atores do território, nas redes de autarquias, na bolsa de parcerias e nos encontros fortuitos.',
    },
    PRESENTATION: {
      title: 'Saber apresentar-se',
      summary:
        'Um documento que expõe as motivações, o território e os seus atores, os desafios em que a cooperação ajudaria e o que a autarquia pode trazer.',
    },
    INITIATION: {
      title: 'Iniciar a relação',
      summary:
        'Missões recíprocas nos dois territórios, com delegações reduzidas mas diversas: eleitos, técnicos, atores do território.',
    },
    CONVENTION: {
      title: 'Celebrar o acordo e dialogar',
      summary:
        'Pôr em cima da mesa as motivações das duas partes, fixar as prioridades, assinar o acordo e prever um diálogo regular para que a relação não adormeça.',
    },
    ACTIONS: {
      title: 'Passar à ação',
      summary:
        'Priorizar as ações, montar os projetos, procurar cofinanciamentos e lançar cedo pequenas ações concretas, visíveis para os habitantes.',
    },
    conventionTabs: {
      label: 'Páginas da etapa 5',
      motivations: 'Motivações cruzadas',
      convention: 'Acordo',
      dialogue: 'Plano de diálogo',
    },
    stepLabel: 'Etapa {{number}}',
    backToPartnership: 'Voltar à parceria «{{title}}»',
    comingTitle: 'No Passerelle',
    coming: 'Os ecrãs desta etapa abrem-se com as parcerias da sua autarquia.',
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'Este endereço não corresponde a nenhuma página.',
    backHome: 'Voltar à página inicial',
  },
  routeError: {
    title: 'Página indisponível',
    body: 'Não foi possível carregar esta página. Verifique a ligação e recarregue a página.',
    reload: 'Recarregar a página',
  },
  errors: {
    generic: 'Ocorreu um erro. Tente novamente daqui a pouco.',
  },
  common: {
    loading: 'A carregar…',
    noValue: '—',
    cancel: 'Cancelar',
    close: 'Fechar',
  },
  dateEntry: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa',
    format: 'Formato: {{format}}',
    unreadable: 'Data não reconhecida: escreva-a como {{format}}.',
    calendar: 'Escolher a data num calendário',
    timeFormat: 'Formato: hh:mm, em 24 horas',
    timeUnreadable: 'Hora não reconhecida: escreva-a como hh:mm, por exemplo 14:30.',
  },
  formDialog: {
    discard: {
      title: 'Fechar sem guardar?',
      body: 'O que introduziu neste formulário será perdido.',
      keep: 'Continuar a editar',
      discard: 'Fechar sem guardar',
    },
  },
  nav: {
    label: 'Menu principal',
    odaDeclaration: 'Declaração APD',
    portfolio: 'Painel',
    partnerships: 'Parcerias',
    motivationReviews: 'Por rever',
    users: 'Utilizadores',
    audit: 'Registo de auditoria',
    directory: 'Diretório',
    directoryProfile: 'Perfil no diretório',
    territoryActors: 'Atores do território',
    receivedInvitations: 'Convites recebidos',
    changePassword: 'Palavra-passe',
  },
  session: {
    label: 'A sua sessão',
    organisation: 'Autarquia',
    role: 'Função',
    signIn: 'Iniciar sessão',
    signOut: 'Terminar sessão',
    signOutWaiting: {
      title: 'Há registos à espera de envio',
      body_one:
        '{{count}} registo feito neste dispositivo ainda não foi enviado. Fica aqui e será enviado quando voltar a iniciar sessão neste dispositivo.',
      body_other:
        '{{count}} registos feitos neste dispositivo ainda não foram enviados. Ficam aqui e serão enviados quando voltar a iniciar sessão neste dispositivo.',
      stay: 'Manter a sessão',
      see: 'Ver o que está à espera',
      confirm: 'Terminar sessão mesmo assim',
    },
  },
  roles: {
    admin: 'Administrador',
    officer: 'Técnico de cooperação',
    elected: 'Eleito',
    contributor: 'Colaborador',
    viewer: 'Leitor',
  },
  home: {
    title: 'Bem-vindo ao Passerelle',
    intro:
      'O Passerelle acompanha a sua autarquia em cada etapa de uma cooperação descentralizada ou de uma geminação: do compromisso inicial às ações comuns com os seus parceiros.',
    methodTitle: 'O método em seis etapas',
    signedOut: 'Inicie sessão para encontrar as parcerias da sua autarquia.',
    yourPartnerships: 'As suas parcerias',
    seeAll: 'Todas as parcerias',
    dashboard: 'Abrir o painel',
    signInLink: 'Ir para a página de início de sessão',
  },
  forbidden: {
    title: 'Acesso reservado',
    body: 'A sua função não dá acesso a esta página.',
  },
  organisationKinds: {
    commune: 'Município',
    inter_municipal_body: 'Associação de municípios',
    department: 'Departamento',
    region: 'Região',
    province: 'Província',
    state_level: 'Nível do Estado ou estado federado',
    other: 'Outro',
  },
  stepper: {
    title: 'Progresso da parceria',
    stepPrefix: 'Etapa {{number}}:',
    statuses: {
      done: 'Concluída',
      current: 'Em curso',
      todo: 'Por fazer',
      blocked: 'Bloqueada',
    },
    criteriaOf: 'Critérios da etapa «{{title}}»',
    met: 'Cumprido',
    missing: 'Em falta',
    why: 'Porquê?',
    requires: 'A cumprir primeiro:',
    blockedBy: 'Etapa bloqueada:',
    warnings: 'Pontos de atenção',
    warningsIntro: 'Não bloqueiam nada, mas o método recomenda ter cuidado com eles.',
    noWarnings: 'Nenhum ponto de atenção de momento.',
    warningStep: 'Etapa {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'Missão ao parceiro, {{dates}}',
        from_partner: 'Receção de uma delegação parceira, {{dates}}',
      },
      channel: 'Canal: {{channel}} ({{audience}})',
      audience: 'Trocas com: {{audience}}',
      dueOn: 'previsto para {{date}}',
    },
    fix: {
      dialogue: 'Acordar as modalidades do diálogo',
      motivations: 'Redigir as motivações',
      review: 'Submeter as motivações à revisão de um(a) eleito(a)',
      share: 'Partilhar as motivações com os parceiros',
      stakes: 'Identificar os desafios do território',
      contributions: 'Indicar o que o território pode trazer',
      territoryActors: 'Consultar os atores do território',
      candidates: 'Procurar e acompanhar autarquias candidatas',
      presentation: 'Redigir a apresentação da autarquia',
      visits: 'Planear ou registar uma missão de delegação',
      compatibility: 'Pedir aos eleitos que verifiquem a compatibilidade das motivações',
      priorities: 'Fixar em conjunto as prioridades da parceria',
      convention: 'Negociar, aprovar e assinar o acordo',
      actions: 'Lançar uma primeira ação concreta',
      budget: 'Identificar os financiamentos de uma ação',
      indicators: 'Fazer validar os indicadores por cada parte',
    },
    pageLinks: {
      convention: 'Celebrar o acordo e dialogar: motivações cruzadas, acordo e plano de diálogo',
      actions: 'Passar à ação: as ações comuns, o seu orçamento, os seus indicadores e o seu acompanhamento',
    },
  },
  actorKinds: {
    association: 'Associação',
    ngo: 'ONG',
    school: 'Estabelecimento de ensino',
    university: 'Universidade',
    hospital: 'Hospital',
    religious_body: 'Organização religiosa',
    diaspora_group: 'Diáspora',
    company: 'Empresa',
    other: 'Outro',
  },
  themes: {
    governance: 'governação local',
    water_sanitation: 'água e saneamento',
    heritage: 'património',
    culture: 'cultura',
    health: 'saúde',
    education: 'educação',
    urban_planning: 'urbanismo',
    waste: 'resíduos',
    tourism: 'turismo',
    economic_development: 'desenvolvimento económico',
    youth_mobility: 'mobilidade dos jovens',
    climate: 'clima',
  },
  timeZoneAreas: {
    Africa: 'África',
    America: 'Américas',
    Antarctica: 'Antártida',
    Arctic: 'Ártico',
    Asia: 'Ásia',
    Atlantic: 'Oceano Atlântico',
    Australia: 'Austrália',
    Europe: 'Europa',
    Indian: 'Oceano Índico',
    Pacific: 'Oceano Pacífico',
    other: 'Tempo universal e outros',
  },
  validation: {
    summary: 'Alguns campos precisam de ser corrigidos.',
    required: 'Este campo é obrigatório.',
    email: 'Introduza um endereço de correio eletrónico válido.',
    minLength: 'Demasiado curto: pelo menos {{min}} caracteres.',
    maxLength: 'Demasiado longo: no máximo {{max}} caracteres.',
    choice: 'Escolha um valor da lista.',
    countryCode: 'Escolha um país da lista.',
    timeZone: 'Fuso horário desconhecido: use um fuso IANA (por exemplo Africa/Maputo).',
    languages: 'Introduza códigos de língua BCP 47 separados por vírgulas (por exemplo pt, kea).',
    atLeastOne: 'Indique pelo menos um valor.',
    tooMany: 'Demasiados valores.',
    date: 'Introduza uma data válida.',
    min: 'Demasiado pequeno: pelo menos {{min}}.',
    max: 'Demasiado grande: no máximo {{max}}.',
    invalid: 'Valor inválido.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'A sua sessão expirou. Inicie sessão novamente.',
      INVALID_CREDENTIALS: 'Correio eletrónico ou palavra-passe incorretos.',
      WRONG_CURRENT_PASSWORD: 'A palavra-passe atual está incorreta.',
      PASSWORD_TOO_COMMON: 'Esta palavra-passe é das mais usadas, ou repete-se demasiado: escolha outra.',
      PASSWORD_CONTAINS_IDENTITY:
        'Esta palavra-passe contém o seu endereço de correio eletrónico ou o nome da sua autarquia: escolha outra.',
      FORBIDDEN: 'A sua função não permite esta ação.',
      CSRF_INVALID: 'A sua sessão mudou. Recarregue a página e tente novamente.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'Alguns campos precisam de ser corrigidos.',
      TOO_MANY: 'Demasiados pedidos. Tente novamente mais tarde.',
    },
    RESOURCE: {
      NOT_FOUND: 'Este elemento não foi encontrado.',
      CONFLICT:
        'Alguém alterou este elemento entretanto. Os dados foram recarregados: verifique-os e recomece.',
    },
    INVITATION: {
      NOT_FOUND: 'Este convite não existe. Verifique a ligação recebida por correio eletrónico.',
      EXPIRED: 'Este convite expirou. Peça à pessoa que o convidou que lhe envie um novo.',
      ALREADY_USED: 'Este convite já foi utilizado. Inicie sessão com a sua conta.',
      REVOKED: 'Este convite foi retirado pela autarquia que o enviou.',
      EMAIL_ALREADY_REGISTERED: 'Este endereço de correio eletrónico já tem uma conta no Passerelle.',
      ALREADY_PENDING: 'Já existe um convite pendente para este endereço.',
    },
    USER: {
      LAST_ADMIN: 'A autarquia deve manter pelo menos um administrador ativo.',
      CANNOT_CHANGE_SELF: 'Não pode alterar a sua própria função nem desativar a sua conta.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'Esta autarquia já participa nesta parceria.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'Já existe um ator com este nome no diretório.',
    },
    FILE: {
      MISSING: 'Escolha um ficheiro para enviar.',
      TOO_LARGE: 'Este ficheiro é demasiado grande.',
      TYPE_NOT_ALLOWED: 'Só são aceites ficheiros PDF, PNG, JPEG e WebP.',
      TYPE_MISMATCH:
        'O conteúdo deste ficheiro não corresponde ao seu nome ou tipo: foi recusado por precaução.',
      NOT_ATTACHABLE: 'Este ficheiro não pertence a esta parceria.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED: 'Os lembretes de fim do acordo não podem ser desativados: ficam assinalados.',
      NOT_FAILED: 'Este lembrete não falhou: já está a ser enviado ou foi enviado.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'Este endereço de agenda não existe ou já não funciona.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'Esta ligação de apresentação não existe. Verifique o endereço recebido.',
      EXPIRED: 'Esta ligação de apresentação expirou. Peça à autarquia que a enviou que lhe envie uma nova.',
      REVOKED: 'Esta ligação de apresentação foi retirada pela autarquia que a enviou.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE:
        'A apresentação ainda não tem texto nesta língua: redija-o antes de a imprimir ou partilhar.',
    },
  },
};
