import { type Messages } from './message-keys';

/**
 * Textos em português (norma europeia do Acordo Ortográfico de 1990, a escrita oficial em Cabo Verde,
 * Guiné-Bissau, Moçambique, São Tomé e Príncipe e, com poucas diferenças, em Angola). Tratamento impessoal.
 */
export const PT_MESSAGES = {
  'steps.COMMITMENT': 'Construir o compromisso',
  'steps.PARTNER_SEARCH': 'Procurar parceiros potenciais',
  'steps.PRESENTATION': 'Saber apresentar-se',
  'steps.INITIATION': 'Iniciar a relação',
  'steps.CONVENTION': 'Celebrar o acordo e dialogar',
  'steps.ACTIONS': 'Passar à ação',

  'stepStatus.done': 'Concluída',
  'stepStatus.current': 'Em curso',
  'stepStatus.todo': 'Por fazer',
  'stepStatus.blocked': 'Bloqueada',

  'blocking.PARTNERSHIP.SUSPENDED': 'A parceria está suspensa.',
  'blocking.PARTNERSHIP.TERMINATED': 'A parceria foi rescindida.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED': 'As motivações para cooperar estão formuladas por escrito.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED': 'Cada motivação foi analisada e validada por um(a) eleito(a).',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Os atores do território foram consultados sobre o processo.',
  'criteria.COMMITMENT.STAKES_IDENTIFIED':
    'Estão identificados os desafios do território para os quais a cooperação pode ser uma alavanca.',
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Está identificado o que o território pode trazer a um parceiro.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'Uma autarquia parceira aceitou comprometer-se.',
  'criteria.PRESENTATION.COMPLETE':
    'A apresentação expõe as motivações, o território e os seus atores, os desafios e os contributos.',
  'criteria.INITIATION.VISIT_TO_PARTNER': 'Uma delegação deslocou-se ao território parceiro.',
  'criteria.INITIATION.VISIT_FROM_PARTNER': 'Uma delegação parceira foi recebida no território.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'Cada parte pôs as suas motivações em cima da mesa.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED':
    'Um(a) eleito(a) de cada parte verificou a compatibilidade das motivações.',
  'criteria.CONVENTION.PRIORITIES_SET': 'As partes fixaram em conjunto pelo menos uma prioridade.',
  'criteria.CONVENTION.SIGNED': 'O acordo de cooperação está assinado.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Todas as partes validaram modalidades de diálogo para os eleitos, os técnicos e os atores do território.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'Uma primeira ação concreta arrancou.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'Estão identificados financiamentos para pelo menos uma ação.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'Pelo menos um indicador foi validado por todas as partes.',

  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'Antes de procurar parceiros, a autarquia faz uma reflexão sobre si própria: o que se procura, porquê cooperar?',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'As motivações são uma questão política: os eleitos respondem por elas, muitas vezes através de uma deliberação.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Uma cooperação sustentada por atores diversos do território tem mais força e sobrevive às mudanças de maioria.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED':
    'A cooperação deve servir os desafios do território e não ser um fim em si mesma.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Uma relação de interesse mútuo pressupõe saber o que se pode trazer, e não apenas o que se espera.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'A procura através das redes dos atores, das redes de autarquias e do acaso dos encontros chega a um parceiro que se compromete.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'Um documento atrativo e uma argumentação clara permitem aos parceiros potenciais compreender quem é a autarquia e o que procura.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'Deslocar-se ao parceiro permite conhecer o seu território e os seus desafios; as missões devem ser recíprocas.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'Receber o parceiro dá a conhecer o território e equilibra a relação; as missões devem ser recíprocas.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'Motivações implícitas alimentam mal-entendidos: cada parte expõe as suas antes de qualquer assinatura.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'O acordo conclui um diálogo político em que os eleitos verificam a compatibilidade das motivações.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET':
    'Um acordo só faz sentido para cada parte se as prioridades tiverem sido fixadas em conjunto.',
  'criteriaWhy.CONVENTION.SIGNED':
    'O acordo assinado formaliza um compromisso de longo prazo entre as autarquias.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Trocas regulares, adaptadas às condições de cada lugar, evitam que a cooperação adormeça entre duas visitas.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'Pequenas ações concretas testam o trabalho conjunto e mostram aos cidadãos que a cooperação não é coisa «de eleitos que viajam».',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'Financiamentos complementares tornam as ações possíveis e multiplicam cada euro investido pela autarquia.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'Uma parceria medida à luz de objetivos e indicadores fixados em conjunto limita a assimetria.',

  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED': 'Um(a) eleito(a) pediu alterações a uma motivação.',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'O próximo passo previsto com um parceiro potencial está atrasado.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'Esta delegação é mais numerosa do que o recomendado.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'Esta delegação só tem um tipo de membros.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'De um dos lados, a relação assenta numa única pessoa.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL': 'As visitas com este parceiro só se fizeram num sentido.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Os conselhos aos viajantes para uma missão futura devem ser verificados de novo.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'Uma missão ainda não tem relatório.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Uma missão a uma zona desaconselhada salvo motivo imperioso ainda aguarda a autorização de um eleito.',
  'warnings.CONVENTION.EXPIRING_SOON': 'O acordo está prestes a expirar.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'O acordo está em preparação sem que tenha havido ainda visitas nos dois sentidos com este parceiro.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'O parceiro ainda não registou os seus próprios desafios e contributos, que o acordo deve refletir.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON': 'Aproxima-se o prazo para se opor à renovação tácita.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE': 'Uma troca prevista nas modalidades de diálogo está atrasada.',
  'warnings.DIALOGUE.FALLING_ASLEEP': 'A relação está a adormecer: nenhuma troca desde a última missão.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL': 'Um canal previsto não faz parte dos hábitos do parceiro.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'Todas as ações decorrem num único território.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'Todas as ações foram propostas pela mesma parte.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'Um indicador não foi validado por todas as partes.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Uma ação em curso não foi objeto de avaliação conjunta há mais de um ano.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'A motivação fica fora da mesa enquanto não for revista e validada.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Cada contacto precisa de ser cultivado, senão perde-se a oportunidade.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'Delegações reduzidas favorecem o contacto direto que constrói uma relação sólida e duradoura.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'Uma relação limitada aos executivos é frágil: associar eleitos, técnicos e atores do território.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'Uma relação tecida entre várias pessoas de estatutos diferentes sobrevive às mudanças de maioria e evita a apropriação pessoal.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL':
    'Missões recíprocas nos dois territórios são o sinal de uma relação equilibrada.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Os eleitos respondem pela segurança das delegações; os conselhos aos viajantes mudam.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING':
    'O relatório guarda o registo do que a missão produziu e partilha-o com o parceiro.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Os eleitos respondem pela segurança das delegações: a missão não pode realizar-se sem a sua autorização nem o motivo imperioso que indicam.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'O acordo conclui um diálogo de conhecimento mútuo (método, etapa 5): não se redige sem ter visto o território do outro. Não é uma recusa: uma visita pode ser impossível (zona vermelha, orçamento); nesse caso, indicar porquê e considerar um encontro num local terceiro.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'Uma cooperação de interesse mútuo parte dos desafios e contributos de cada território, e não só dos do iniciador. O parceiro regista-os ele próprio, a partir da ligação «Construir o compromisso» da página da parceria.',
  'warningsWhy.CONVENTION.EXPIRING_SOON':
    'Renovar ou terminar segundo as regras: o parceiro merece um pré-aviso e uma decisão.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Sem oposição antes do prazo, o acordo é renovado automaticamente.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE':
    'É a frequência e a qualidade das trocas que mantêm a relação viva.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP':
    'As cooperações adormecem entre duas visitas de delegação quando o diálogo regular para.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'Ter em conta os hábitos de comunicação de cada lugar: um canal pouco habitual arrisca-se a ficar sem resposta.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'Cada parceiro deve beneficiar: os efeitos «cá» e «lá» são o teste da reciprocidade.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'Quando uma só parte propõe todos os temas, a relação torna-se assimétrica.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED':
    'Indicadores fixados em conjunto são um remédio para a assimetria.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Avaliações conjuntas periódicas mantêm vivas modalidades de trabalho comuns.',

  'errors.RECORD.NOT_FOUND': 'Este elemento não existe.',
  'errors.RECORD.DUPLICATE_ID': 'Já existe um elemento com este identificador.',
  'errors.RECORD.TEXT_REQUIRED': 'Este campo é obrigatório.',
  'errors.RECORD.INVALID_VALUE': 'Este valor não é válido.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'O país deve ser um código ISO de duas letras.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'As línguas devem ser códigos de língua válidos.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'O fuso horário não é reconhecido.',
  'errors.ORGANISATION.INVALID_POPULATION': 'A população deve ser um número inteiro.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'Esta autarquia já é parte na parceria.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'Esta autarquia não é parte na parceria.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'Para isso é necessária uma autarquia parceira.',
  'errors.PARTNERSHIP.SUSPENDED': 'A parceria está suspensa: é preciso retomá-la primeiro.',
  'errors.PARTNERSHIP.TERMINATED': 'A parceria foi rescindida: já não pode ser alterada.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'A parceria não está suspensa.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'Indicar o motivo da suspensão.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON': 'Indicar o motivo do fim da parceria.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
    'É preciso respeitar o pré-aviso devido ao parceiro antes de pôr fim à parceria.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decidir o destino de cada ação em curso.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'Um acordo vincula as partes (ou o fim foi diferido): propor a rutura ao parceiro, submetê-la à decisão do órgão deliberativo e depois dar o pré-aviso.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'Já está em curso uma rutura desta parceria.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'Não está em curso nenhuma rutura desta parceria.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'A resposta a uma rutura cabe ao parceiro.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'Primeiro ouvir o parceiro: a decisão pode ser registada logo após a sua resposta, ou no fim do período de negociação.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'Indicar o órgão deliberativo, a referência da deliberação e a sua data (entre a proposta e hoje).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'O pré-aviso ainda não terminou.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'A parceria está em pré-aviso: prossegue até ao seu termo (trocas, relatórios, ações por concluir), mas nada de novo começa.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED': 'Só um(a) eleito(a) pode dar este parecer.',
  'errors.REVIEW.REVIEWER_OTHER_PARTY': 'Os eleitos de cada parte pronunciam-se sobre a sua própria parte.',
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED':
    'Uma motivação deve ser validada por um(a) eleito(a) antes de ser partilhada.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'Esta motivação já está partilhada.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION': 'O parceiro potencial não pode passar a esta etapa.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED': 'Registar a autarquia candidata antes de a aceitar.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT':
    'Só aceitar um parceiro depois de as motivações terem sido validadas por um(a) eleito(a).',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY':
    'Esta autarquia já é parte na parceria: não pode ser candidata.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE': 'Esta autarquia já é candidata a esta parceria.',
  'errors.VISIT.END_BEFORE_START': 'Uma missão não pode terminar antes de começar.',
  'errors.VISIT.EMPTY_DELEGATION': 'Uma missão tem pelo menos um membro de delegação.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'Um membro da delegação não pertence à parte certa.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED': 'Indicar os conselhos aos viajantes para o destino.',
  'errors.VISIT.RED_ZONE_REFUSED':
    'Nenhuma delegação se desloca a uma zona formalmente desaconselhada (vermelha): encontrar-se num local terceiro ou trocar à distância.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'Uma missão a uma zona desaconselhada salvo motivo imperioso (laranja) exige a autorização expressa de um(a) eleito(a), com esse motivo.',
  'errors.VISIT.NOT_YET_ENDED': 'A missão ainda não se realizou.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'Esta missão já começou.',
  'errors.VISIT.CANCELLED': 'Esta missão foi cancelada.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'Só uma missão a uma zona desaconselhada salvo motivo imperioso requer esta autorização.',
  'errors.CONVENTION.ALREADY_EXISTS': 'Já está em curso um acordo.',
  'errors.CONVENTION.INVALID_TERMS': 'As cláusulas do acordo estão incompletas ou são inválidas.',
  'errors.CONVENTION.INVALID_TRANSITION': 'O acordo não pode fazer isto no seu estado atual.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'O acordo ainda não pode ser aprovado: primeiro, motivações partilhadas por todos, compatibilidade verificada e prioridades fixadas.',
  'errors.CONVENTION.VERSION_MISMATCH': 'Esta não é a versão em vigor do projeto de acordo.',
  'errors.CONVENTION.ALREADY_APPROVED': 'Esta parte já aprovou esta versão.',
  'errors.CONVENTION.NOT_SIGNABLE':
    'O acordo só pode ser assinado depois de a mesma versão ter sido aprovada por todas as partes.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'Cada parte deve ter um(a) signatário(a).',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL': 'A data de assinatura não pode ser anterior às deliberações.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE':
    'O acordo não pode entrar em vigor antes da sua assinatura.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'O acordo ainda não chegou ao seu termo.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES': 'Nenhuma parte se opôs: o acordo é renovado tacitamente.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED': 'Este acordo não prevê renovação tácita.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'Uma parte opôs-se à renovação tácita.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION':
    'Uma renovação expressa exige as deliberações dos órgãos deliberativos.',
  'errors.CONVENTION.OBJECTION_TOO_LATE': 'O prazo para se opor à renovação tácita já terminou.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'Indicar o motivo da suspensão do acordo.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'Indicar o motivo da rescisão do acordo.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE': 'É preciso respeitar o pré-aviso previsto no acordo.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decidir o destino de cada ação em curso.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'A sua autarquia já aprovou esta prioridade.',
  'errors.DIALOGUE.NO_PLAN': 'Ainda não foi proposta nenhuma modalidade de diálogo.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE': 'Cada público só aparece uma vez nas modalidades de diálogo.',
  'errors.DIALOGUE.INVALID_CADENCE': 'A frequência deve ser um número inteiro de dias, semanas ou meses.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'A tolerância deve ser um número inteiro de dias.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'Escolher pelo menos um canal para cada público.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': 'Este canal não é adequado às condições de um parceiro.',
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'Cada parte deve designar participantes para cada público.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'Esta parte já validou as modalidades de diálogo.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'Só podem ser registadas as trocas que já aconteceram.',
  'errors.ACTION.THEME_REQUIRED': 'Escolher pelo menos um tema.',
  'errors.ACTION.LOCATION_REQUIRED': 'Indicar onde decorre a ação.',
  'errors.ACTION.INVALID_SDG': 'Os objetivos de desenvolvimento sustentável estão numerados de 1 a 17.',
  'errors.ACTION.END_BEFORE_START': 'Uma ação não pode terminar antes de começar.',
  'errors.ACTION.INVALID_AMOUNT': 'O montante deve ser um número positivo.',
  'errors.ACTION.INVALID_CURRENCY': 'A moeda deve ser um código ISO de três letras.',
  'errors.ACTION.INVALID_TRANSITION': 'A ação não pode passar a este estado.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'Só a autarquia que lançou esta ação pode alterar o seu estado; é sempre possível documentá-la, medi-la e avaliá-la.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'Quem propôs esta ação é confirmado pela outra parte, e não pela que o indicou.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'Esta parte já consta como a que propôs a ação; em vez disso, a outra parte confirma-o.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'Esta parte já validou este indicador.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED':
    'Todas as partes devem validar o indicador antes de qualquer medição.',
  'errors.ACTION.EVALUATION_NOT_JOINT': 'Uma avaliação conjunta envolve pelo menos duas partes.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'Uma medição não pode ser anterior ao início da ação.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'Uma medição exprime-se na unidade do seu indicador.',
  'errors.ODA.UNKNOWN_SECTOR': 'Escolher os setores na lista de códigos de finalidade do CAD.',
  'errors.ODA.SECTORS_NOT_100': 'Cada setor aparece uma vez e as percentagens somam 100.',
  'errors.ODA.INVALID_MARKER': 'Um marcador vale 0, 1 ou 2.',
  'errors.ODA.INVALID_RATE': 'Indicar a taxa em unidades da moeda por um euro (1 para o euro).',
  'errors.ODA.AMOUNT_WITHOUT_DATE':
    'Um montante autorizado ou desembolsado tem a sua data, e uma data o seu montante.',
  'health.METHOD_PROGRESS': 'Os critérios das etapas alcançadas estão cumpridos.',
  'health.DIALOGUE_REGULARITY': 'As trocas realizam-se com a frequência acordada para cada público.',
  'health.VISIT_RECIPROCITY': 'As missões fazem-se nos dois sentidos.',
  'health.ACTION_BALANCE': 'As ações são propostas por cada parte e repartidas por cada território.',
  'health.INDICATORS_CO_VALIDATED': 'Os indicadores são validados por todas as partes.',
  'health.CONVENTION_IN_FORCE': 'Está em vigor um acordo de cooperação.',
  'criteria.ACTIONS.AID_COMPLETED': 'A ajuda de emergência foi prestada: pelo menos uma ação está concluída.',
  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'A ajuda de emergência, permitida sem acordo (lei de 2007), é limitada no tempo: uma vez prestada, a autarquia presta contas dela ao seu órgão deliberativo e à Comissão Nacional, que deve ser informada de qualquer ação.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Estão a ser acompanhados parceiros potenciais quando o compromisso ainda não está construído.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'A procura de parceiros só faz sentido depois de construído o compromisso: motivações validadas pelos eleitos, atores do território que apoiam a iniciativa, desafios e contributos identificados. Caso contrário, o parceiro encontra uma instituição isolada, sem projeto.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'Um sinal precursor de rutura pesa sobre a relação (eleições, corte orçamental, mudança de rumo…).',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'Há regiões que romperam cooperações após eleições, cortes orçamentais e um recuo para o interesse próprio, muitas vezes sem negociação: detetado cedo, um sinal destes dá tempo para dialogar com o parceiro, informar os novos eleitos e salvaguardar as ações em curso.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'Uma desagregação tem no máximo três dimensões, cada uma com pelo menos duas categorias distintas.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'Os períodos sucedem-se sem se sobreporem, cada um com um fim posterior ao início e uma meta.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH':
    'A desagregação de cada dimensão deve totalizar o valor medido.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY':
    'A desagregação retoma apenas as categorias do indicador, cada uma uma só vez.',
  'errors.FUNDING.CALL_DATES': 'Um concurso encerra no dia da abertura ou depois.',
  'errors.FUNDING.CALL_NOT_OPEN': 'Uma candidatura apresenta-se enquanto o concurso está aberto.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION': 'Uma decisão tem a data da apresentação ou posterior.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'Uma subvenção não excede o montante pedido.',
  'errors.FUNDING.INVALID_AMOUNT': 'Indicar um montante positivo (o tempo de pessoal pode ser nulo).',
  'errors.FUNDING.INVALID_DATE': 'Indicar uma data (dia, mês, ano).',
  'errors.FUNDING.INVALID_RULE':
    'Cada regra figura uma só vez; uma parte está entre 0 e 100 % e um montante é positivo.',
  'errors.FUNDING.NOT_A_DRAFT': 'Só uma candidatura em rascunho pode ser alterada.',
  'errors.FUNDING.NOT_GRANTED': 'As tranches e os relatórios seguem uma candidatura aprovada.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'Este relatório já foi enviado.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'As tranches, somadas, não excedem o montante concedido.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED':
    'Esta candidatura não pode passar por esta etapa a partir do seu estado atual.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'Um acordo assinado vincula as partes: a parceria continua a ser uma cooperação sob acordo enquanto este vigorar. Pôr primeiro termo ao acordo.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'A parceria já tem esta forma.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'Esta parte já é dirigida desta forma.',
  'errors.SIGNAL.NOT_OWN_SIDE': 'Uma autarquia parceira só regista sinais precursores do seu próprio lado.',
  'health.RELATION_STABILITY':
    'Nenhum sinal precursor de rutura pesa sobre a relação (só conta se houver algum; cada um retira-lhe 40 %).',
} as const satisfies Messages;
