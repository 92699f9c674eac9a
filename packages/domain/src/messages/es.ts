import { type Messages } from './message-keys';

/** Textos en español (traducidos del francés, la lengua de referencia; términos: docs/translations.md). */
export const ES_MESSAGES = {
  'steps.COMMITMENT': 'Construir una voluntad de compromiso',
  'steps.PARTNER_SEARCH': 'Buscar socios potenciales',
  'steps.PRESENTATION': 'Saber presentarse',
  'steps.INITIATION': 'Iniciar la relación',
  'steps.CONVENTION': 'Firmar el convenio y prever el diálogo',
  'steps.ACTIONS': 'Pasar a la acción',

  'stepStatus.done': 'Terminada',
  'stepStatus.current': 'En curso',
  'stepStatus.todo': 'Próxima',
  'stepStatus.blocked': 'Bloqueada',

  'blocking.PARTNERSHIP.SUSPENDED': 'La alianza está suspendida.',
  'blocking.PARTNERSHIP.TERMINATED': 'La alianza ha terminado.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED': 'Sus motivaciones para cooperar están formuladas por escrito.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Cada motivación ha sido examinada y validada por un cargo electo.',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Al menos tres actores del territorio, de al menos dos tipos (asociación, escuela, hospital…), han sido consultados cada uno sobre el proyecto.',
  'criteria.COMMITMENT.STAKES_IDENTIFIED':
    'Están identificados los retos del territorio para los que la cooperación puede ser una palanca.',
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Está identificado lo que su territorio puede aportar a un socio.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'Un gobierno local socio ha aceptado comprometerse.',
  'criteria.PRESENTATION.COMPLETE':
    'Su presentación expone sus motivaciones, su territorio y sus actores, sus retos y sus aportaciones.',
  'criteria.INITIATION.VISIT_TO_PARTNER': 'Una delegación ha viajado al territorio socio.',
  'criteria.INITIATION.VISIT_FROM_PARTNER': 'Se ha recibido en su territorio a una delegación socia.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'Cada parte ha puesto sus motivaciones sobre la mesa.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED':
    'Un cargo electo de cada parte ha verificado la compatibilidad de las motivaciones.',
  'criteria.CONVENTION.PRIORITIES_SET': 'Las partes han fijado juntas al menos una prioridad.',
  'criteria.CONVENTION.SIGNED': 'El convenio de cooperación está firmado.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Todas las partes han validado modalidades de diálogo para los cargos electos, el personal técnico y los actores del territorio.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'Ha comenzado una primera acción concreta.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'Hay financiación identificada para al menos una acción.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'Al menos un indicador ha sido validado por todas las partes.',
  'criteria.ACTIONS.AID_COMPLETED':
    'La ayuda de emergencia se ha prestado: al menos una acción ha concluido.',

  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'Antes de buscar socios, el gobierno local reflexiona sobre sí mismo: ¿qué se busca?, ¿por qué cooperar?',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Las motivaciones son una cuestión política: los cargos electos responden de ellas, a menudo mediante un acuerdo del pleno.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Una cooperación impulsada por actores del territorio diversos tiene más fuerza y sobrevive a los cambios de gobierno.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED':
    'La cooperación debe servir a los retos del territorio y no ser un fin en sí misma.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Una relación de interés mutuo supone saber lo que se puede aportar, no solo lo que se espera.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'La búsqueda a través de las redes de los actores, las redes de gobiernos locales y los encuentros fortuitos culmina en un socio que se compromete.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'Un documento atractivo y un argumentario claro permiten a los socios potenciales entender quiénes son ustedes y qué buscan.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'Viajar al territorio del socio permite conocerlo y ver sus retos; las misiones deben ser recíprocas.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'Recibir al socio le permite conocer su territorio y equilibra la relación; las misiones deben ser recíprocas.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'Las motivaciones implícitas alimentan los malentendidos: cada parte expone las suyas antes de firmar nada.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'El convenio culmina un diálogo político en el que los cargos electos verifican la compatibilidad de las motivaciones.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET':
    'Un convenio solo tiene sentido para cada parte si las prioridades se han fijado juntas.',
  'criteriaWhy.CONVENTION.SIGNED':
    'El convenio firmado formaliza un compromiso a largo plazo entre los gobiernos locales.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Unos intercambios regulares, adaptados a las condiciones de cada lugar, evitan que la cooperación se adormezca entre dos visitas.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'Pequeñas acciones concretas ponen a prueba el trabajo en común y muestran a la ciudadanía que la cooperación no es cosa de «cargos electos que viajan».',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'La financiación complementaria hace posibles las acciones y multiplica cada euro comprometido por el gobierno local.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'Una alianza medida con objetivos e indicadores fijados en común limita la asimetría.',
  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'La ayuda de emergencia, permitida sin convenio (ley francesa de 2007), está limitada en el tiempo: una vez prestada, el gobierno local rinde cuentas a su pleno y a la Comisión Nacional de la Cooperación Descentralizada, que debe ser informada de toda acción.',

  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED': 'Un cargo electo ha pedido cambios en una motivación.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Se está siguiendo a socios potenciales aunque la voluntad de compromiso aún no está construida.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'Una señal de alerta de ruptura pesa sobre la relación (elecciones, recorte presupuestario, cambio de rumbo…).',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'El próximo paso previsto con un socio potencial está atrasado.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'Esta delegación es más numerosa de lo recomendado.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'Esta delegación solo cuenta con un tipo de miembros.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'En una de las partes, la relación depende de una sola persona.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL': 'Las visitas con este socio solo se han hecho en un sentido.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Deben volver a comprobarse las recomendaciones de viaje para una misión próxima.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'Una misión todavía no tiene informe.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Una misión a una zona desaconsejada salvo causa imperiosa aún espera la autorización de un cargo electo.',
  'warnings.CONVENTION.EXPIRING_SOON': 'El convenio vence pronto.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'El convenio está en preparación aunque todavía no ha habido visitas en ambos sentidos con este socio.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'El socio aún no ha registrado sus propios retos y aportaciones, que el convenio debe reflejar.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Se acerca la fecha límite para oponerse a la prórroga tácita.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE':
    'Un intercambio previsto en las modalidades de diálogo está atrasado.',
  'warnings.DIALOGUE.FALLING_ASLEEP':
    'La relación se adormece: un público lleva sin intercambios más tiempo del acordado, hagan lo que hagan los demás.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL': 'Un canal previsto no forma parte de los hábitos del socio.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'Todas las acciones se desarrollan en un solo territorio.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'Todas las acciones las ha propuesto la misma parte.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'Un indicador no ha sido validado por todas las partes.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Una acción en curso no ha tenido una evaluación conjunta desde hace un año.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'La motivación queda fuera de la mesa mientras no se revise y valide.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'La búsqueda de socios solo es pertinente cuando la voluntad de compromiso está construida: motivaciones validadas por los cargos electos, actores del territorio que impulsan el proyecto, retos y aportaciones identificados. De lo contrario, el socio se encuentra con una institución sola, sin proyecto.',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'Algunas regiones han roto cooperaciones tras unas elecciones, recortes presupuestarios y un repliegue sobre su propio interés, a menudo sin negociación: detectada a tiempo, una señal así deja margen para dialogar con el socio, informar a los nuevos cargos electos y asegurar las acciones en curso.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Cada contacto necesita cuidarse; si no, la oportunidad se pierde.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'Las delegaciones reducidas favorecen el contacto directo que construye una relación sólida y duradera.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'Una relación limitada a los equipos de gobierno es frágil: incluya a cargos electos, personal técnico y actores del territorio.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'Una relación tejida entre varias personas con funciones distintas sobrevive a los cambios de gobierno y evita la apropiación personal.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL':
    'Las misiones recíprocas en ambos territorios son la señal de una relación equilibrada.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Los cargos electos responden de la seguridad de las delegaciones; las recomendaciones de viaje cambian.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING':
    'El informe deja constancia de lo que produjo la misión y lo comparte con el socio.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Los cargos electos responden de la seguridad de las delegaciones: la misión no puede realizarse sin su autorización ni la causa imperiosa que indiquen.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'El convenio culmina un diálogo de conocimiento mutuo (método, etapa 5): no se redacta sin haber visto el territorio del otro. No es una prohibición: una visita puede ser imposible (zona roja, presupuesto); indique entonces por qué y considere un encuentro en un lugar tercero.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'Una cooperación de interés mutuo parte de los retos y las aportaciones de cada territorio, no solo de los de quien la inicia. El socio los registra él mismo, desde el enlace «Construir el compromiso» de la página de la alianza.',
  'warningsWhy.CONVENTION.EXPIRING_SOON':
    'Renovar o concluir según las reglas: el socio merece un preaviso y una decisión.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Si nadie se opone antes de la fecha límite, el convenio se prorroga automáticamente.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE':
    'La frecuencia y la calidad de los intercambios son las que mantienen viva la relación.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP':
    'Las cooperaciones se adormecen entre dos visitas de delegación cuando se interrumpe el diálogo regular; cargos electos, personal técnico y actores tienen cada uno su ritmo, y una llamada entre técnicos no mantiene el vínculo entre cargos electos.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'Tenga en cuenta los hábitos de comunicación de cada lugar: un canal poco habitual corre el riesgo de quedar sin respuesta.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'Cada socio debe beneficiarse: los efectos «aquí» y «allí» son la prueba de la reciprocidad.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'Cuando una sola parte propone todas las temáticas, la relación se vuelve asimétrica.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED':
    'Los indicadores fijados en común son un remedio contra la asimetría.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Las evaluaciones conjuntas periódicas mantienen vivas las formas de trabajo comunes.',

  'errors.RECORD.NOT_FOUND': 'Este elemento no existe.',
  'errors.RECORD.DUPLICATE_ID': 'Ya existe un elemento con este identificador.',
  'errors.RECORD.TEXT_REQUIRED': 'Este campo es obligatorio.',
  'errors.RECORD.INVALID_VALUE': 'Este valor no es válido.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'El país debe ser un código ISO de dos letras.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'Los idiomas deben ser códigos de idioma válidos.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'No se reconoce la zona horaria.',
  'errors.ORGANISATION.INVALID_POPULATION': 'La población debe ser un número entero.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'Este gobierno local ya es parte de la alianza.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'Este gobierno local no es parte de la alianza.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'Para ello hace falta un gobierno local socio.',
  'errors.PARTNERSHIP.SUSPENDED': 'La alianza está suspendida: reanúdela primero.',
  'errors.PARTNERSHIP.TERMINATED': 'La alianza ha terminado: ya no puede modificarse.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'La alianza no está suspendida.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'Indique el motivo de la suspensión.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON': 'Indique el motivo del fin de la alianza.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
    'Respete el preaviso debido al socio antes de poner fin a la alianza.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decida qué ocurre con cada acción en curso.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'Un convenio vincula a las partes (o el fin está aplazado): proponga la ruptura al socio, hágala decidir por su órgano deliberante y después dé el preaviso.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'Ya hay una ruptura en curso para esta alianza.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'No hay ninguna ruptura en curso para esta alianza.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'La respuesta a una ruptura la da el socio.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'Escuche primero al socio: la decisión puede registrarse en cuanto responda, o al terminar el periodo de negociación.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'Indique el órgano deliberante, la referencia de su acuerdo y su fecha (entre la propuesta y hoy).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'El preaviso aún no ha vencido.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'La alianza está en preaviso: continúa hasta su término (intercambios, informes, acciones por terminar), pero no empieza nada nuevo.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'La alianza ya tiene esta forma.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'Un convenio firmado vincula a las partes: la alianza sigue siendo una cooperación con convenio mientras este esté vigente. Ponga fin primero al convenio.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'Esta parte ya está dirigida así.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED':
    'Solo un cargo electo puede emitir esta opinión (o, en un gobierno local dirigido por un ejecutivo designado, la persona que lo dirige o actúa en su nombre).',
  'errors.REVIEW.REVIEWER_OTHER_PARTY':
    'Los cargos electos de cada parte se pronuncian sobre su propia parte.',
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED':
    'Una motivación debe ser validada por un cargo electo antes de compartirse.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'Esta motivación ya está compartida.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION': 'El socio potencial no puede pasar a esta etapa.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED':
    'Registre el gobierno local candidato antes de aceptarlo.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT':
    'Acepte un socio solo cuando sus motivaciones hayan sido validadas por un cargo electo.',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY':
    'Este gobierno local ya es parte de la alianza: no puede ser candidato.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE': 'Este gobierno local ya es candidato para esta alianza.',
  'errors.VISIT.END_BEFORE_START': 'Una misión no puede terminar antes de haber empezado.',
  'errors.VISIT.EMPTY_DELEGATION': 'Una misión cuenta con al menos un miembro de la delegación.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'Un miembro de la delegación no pertenece a la parte correcta.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED': 'Indique las recomendaciones de viaje para el destino.',
  'errors.VISIT.RED_ZONE_REFUSED':
    'Ninguna delegación viaja a una zona formalmente desaconsejada (roja): reúnanse en un lugar tercero o intercambien a distancia.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'Una misión a una zona desaconsejada salvo causa imperiosa (naranja) exige la autorización expresa de un cargo electo, con esa causa.',
  'errors.VISIT.NOT_YET_ENDED': 'La misión aún no ha tenido lugar.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'Esta misión ya ha comenzado.',
  'errors.VISIT.CANCELLED': 'Esta misión ha sido cancelada.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'Solo una misión a una zona desaconsejada salvo causa imperiosa requiere esta autorización.',
  'errors.CONVENTION.ALREADY_EXISTS': 'Ya hay un convenio en curso.',
  'errors.CONVENTION.INVALID_TERMS': 'Las cláusulas del convenio están incompletas o no son válidas.',
  'errors.CONVENTION.INVALID_TRANSITION': 'El convenio no puede hacer esto en su estado actual.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'El convenio aún no puede aprobarse: primero, motivaciones compartidas por todos, compatibilidad verificada y prioridades fijadas.',
  'errors.CONVENTION.VERSION_MISMATCH': 'Esta no es la versión vigente del proyecto de convenio.',
  'errors.CONVENTION.ALREADY_APPROVED': 'Esta parte ya ha aprobado esta versión.',
  'errors.CONVENTION.NOT_SIGNABLE':
    'El convenio solo puede firmarse cuando todas las partes han aprobado la misma versión.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'Cada parte debe tener una persona firmante.',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL': 'La fecha de firma no puede ser anterior a los acuerdos.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE': 'El convenio no puede entrar en vigor antes de su firma.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'El convenio aún no ha vencido.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES':
    'Ninguna parte se ha opuesto: el convenio se prorroga tácitamente.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED': 'Este convenio no prevé prórroga tácita.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'Una parte se ha opuesto a la prórroga tácita.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION':
    'Una renovación expresa requiere los acuerdos de los órganos deliberantes.',
  'errors.CONVENTION.OBJECTION_TOO_LATE': 'Ha pasado la fecha límite para oponerse a la prórroga tácita.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'Indique el motivo de la suspensión del convenio.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'Indique el motivo de la resolución del convenio.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE': 'Respete el preaviso previsto en el convenio.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decida qué ocurre con cada acción en curso.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'Su gobierno local ya ha aprobado esta prioridad.',
  'errors.DIALOGUE.NO_PLAN': 'Todavía no se ha propuesto ninguna modalidad de diálogo.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE': 'Cada público aparece una sola vez en las modalidades de diálogo.',
  'errors.DIALOGUE.INVALID_CADENCE': 'La frecuencia debe ser un número entero de días, semanas o meses.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'La tolerancia debe ser un número entero de días.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'Elija al menos un canal para cada público.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': 'Este canal no se adapta a las condiciones de un socio.',
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'Cada parte debe designar participantes para cada público.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'Esta parte ya ha validado las modalidades de diálogo.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'Solo pueden registrarse los intercambios que ya han tenido lugar.',
  'errors.SIGNAL.NOT_OWN_SIDE': 'Un gobierno local socio solo registra señales de alerta de su propio lado.',
  'errors.ACTION.THEME_REQUIRED': 'Elija al menos una temática.',
  'errors.ACTION.LOCATION_REQUIRED': 'Indique dónde se desarrolla la acción.',
  'errors.ACTION.INVALID_SDG': 'Los Objetivos de Desarrollo Sostenible están numerados del 1 al 17.',
  'errors.ACTION.END_BEFORE_START': 'Una acción no puede terminar antes de haber empezado.',
  'errors.ACTION.INVALID_AMOUNT': 'El importe debe ser un número positivo.',
  'errors.ACTION.INVALID_CURRENCY': 'La moneda debe ser un código ISO de tres letras.',
  'errors.ACTION.INVALID_TRANSITION': 'La acción no puede pasar a este estado.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'Solo el gobierno local que inició esta acción cambia su estado; usted siempre puede documentarla, medirla y evaluarla.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'Quién propuso esta acción lo confirma la otra parte, no la que lo indicó.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'Esta parte ya figura como la que propuso la acción; en su lugar, la otra parte lo confirma.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'Esta parte ya ha validado este indicador.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED':
    'Todas las partes deben validar el indicador antes de cualquier medición.',
  'errors.ACTION.EVALUATION_NOT_JOINT': 'Una evaluación conjunta reúne al menos a dos partes.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'Una medición no puede ser anterior al inicio de la acción.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'Una medición se expresa en la unidad de su indicador.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH': 'El desglose de cada dimensión debe sumar el valor medido.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY':
    'El desglose solo recoge las categorías del indicador, cada una una vez.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'Los periodos se suceden sin solaparse, cada uno con un fin posterior a su inicio y una meta.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'Un desglose tiene como máximo tres dimensiones, cada una con al menos dos categorías distintas.',
  'errors.ODA.UNKNOWN_SECTOR': 'Elija los sectores en la lista de códigos de propósito del CAD.',
  'errors.ODA.SECTORS_NOT_100': 'Cada sector aparece una vez y los porcentajes suman 100.',
  'errors.ODA.INVALID_MARKER': 'Un marcador vale 0, 1 o 2.',
  'errors.ODA.INVALID_RATE':
    'Indique el tipo de cambio en unidades de la moneda por un euro (1 para el euro).',
  'errors.ODA.AMOUNT_WITHOUT_DATE':
    'Un importe comprometido o desembolsado lleva su fecha, y una fecha su importe.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED':
    'Esta solicitud no puede pasar a esa etapa desde su estado actual.',
  'errors.FUNDING.NOT_A_DRAFT': 'Solo se modifica una solicitud en borrador.',
  'errors.FUNDING.INVALID_AMOUNT': 'Indique un importe positivo (el tiempo de personal puede ser cero).',
  'errors.FUNDING.INVALID_DATE': 'Indique una fecha (día, mes, año).',
  'errors.FUNDING.CALL_NOT_OPEN': 'Una solicitud se presenta mientras la convocatoria está abierta.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'Una subvención no supera el importe solicitado.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION':
    'Una resolución lleva la fecha de presentación o una posterior.',
  'errors.FUNDING.CALL_DATES': 'Una convocatoria se cierra el día de su apertura o después.',
  'errors.FUNDING.INVALID_RULE':
    'Cada regla figura una sola vez; una proporción está entre 0 y 100 % y un importe es positivo.',
  'errors.FUNDING.NOT_GRANTED': 'Los tramos y los informes siguen a una solicitud concedida.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'Los tramos, en conjunto, no superan el importe concedido.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'Este informe ya se ha enviado.',
  'health.METHOD_PROGRESS': 'Se cumplen los criterios de las etapas alcanzadas.',
  'health.DIALOGUE_REGULARITY': 'Los intercambios se producen con la frecuencia acordada para cada público.',
  'health.VISIT_RECIPROCITY': 'Las misiones se hacen en ambos sentidos.',
  'health.ACTION_BALANCE': 'Las acciones las propone cada parte y se reparten entre los territorios.',
  'health.INDICATORS_CO_VALIDATED': 'Los indicadores están validados por todas las partes.',
  'health.CONVENTION_IN_FORCE': 'Hay un convenio de cooperación en vigor.',
  'health.RELATION_STABILITY':
    'Ninguna señal de alerta de ruptura pesa sobre la relación (solo cuenta si las hay; cada una resta un 40 %).',
} as const satisfies Messages;
