import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { partnershipStatusFr } from './fr';

export const partnershipStatusEs: Catalogue<typeof partnershipStatusFr> = {
  partnershipStatus: {
    title: 'Estado de la alianza',
    badges: {
      active: 'Activa',
      suspended: 'Suspendida',
      noticeRunning: 'Preaviso en curso',
      terminated: 'Terminada',
    },
    active: 'La alianza está activa.',
    suspendedSince: 'La alianza está suspendida desde el {{date}}.',
    suspendedEffect:
      'Las etapas quedan en pausa hasta que se reanude; todo lo realizado sigue pudiendo consultarse por cada parte.',
    noticeRunning:
      'Se puso fin a la alianza el {{decidedOn}}. El preaviso está en curso: el fin surte efecto el {{effectiveOn}}.',
    terminated: 'La alianza terminó el {{effectiveOn}}.',
    frozen:
      'Ya no puede modificarse nada; su historial sigue pudiendo consultarse por cada parte. No se ha eliminado nada.',
    reason: 'Motivo',
    decidedOn: 'Decisión tomada el',
    noticeGivenOn: 'Preaviso dado el',
    effectiveOn: 'Fecha de efecto',
    fatesTitle: 'Destino de las acciones en curso',
    noActionDecisions: 'No había ninguna acción en curso.',
    unknownAction: 'Acción sin título conocido',
    fateOf: '{{title}}: {{fate}}',
    fates: {
      complete_during_notice: 'llevada a término durante el preaviso',
      hand_over: 'transferida a otro responsable',
      stop: 'detenida (acción cancelada)',
    },
    fateChoices: {
      none: '— Elegir —',
      complete_during_notice: 'llevarla a término durante el preaviso',
      hand_over: 'transferirla a otro responsable',
      stop: 'detenerla (se cancelará)',
    },
    actionStatuses: {
      planned: 'Acción prevista',
      in_progress: 'Acción en curso',
      on_hold: 'Acción en pausa',
      completed: 'Acción terminada',
      cancelled: 'Acción cancelada',
    },
    conflict:
      'La alianza ha cambiado mientras tanto: su estado se ha vuelto a cargar, revíselo y vuelva a empezar si es necesario.',
    cancel: 'Cancelar',
    suspend: {
      open: 'Suspender la alianza',
      title: 'Suspender la alianza',
      intro:
        'Indique por qué. Las demás partes serán informadas por correo electrónico; la alianza podrá reanudarse después.',
      reason: 'Motivo de la suspensión',
      reasonRequired: 'Indique el motivo de la suspensión.',
      submit: 'Confirmar la suspensión',
      done: 'La alianza está suspendida. Las demás partes han sido informadas por correo electrónico.',
    },
    resume: {
      submit: 'Reanudar la alianza',
      done: 'La alianza se ha reanudado.',
    },
    terminate: {
      open: 'Poner fin a la alianza',
      title: 'Poner fin a la alianza',
      intro:
        'Ningún convenio vincula a las partes: ponerle fin es un acto simple, de efecto inmediato, nunca una eliminación — un motivo y una decisión para cada acción en curso. El historial sigue pudiendo consultarse por cada parte. Un fin con preaviso pasa por la ruptura negociada que figura más abajo.',
      reason: 'Motivo del fin de la alianza',
      reasonRequired: 'Indique el motivo del fin de la alianza.',
      noticeGivenOn: 'Preaviso dado el',
      noticeGivenOnHint: 'El día en que se avisó al socio, hoy como muy tarde.',
      effectiveOn: 'Fecha de efecto del fin',
      abandonHint: 'Efecto inmediato: un fin diferido, con preaviso, pasa por la ruptura negociada.',
      dateRequired: 'Indique una fecha.',
      noticeTooShort_one:
        'El preaviso debido al socio es de {{count}} día; las fechas elegidas solo dejan {{given}}.',
      noticeTooShort_other:
        'El preaviso debido al socio es de {{count}} días; las fechas elegidas solo dejan {{given}}.',
      noticeInFuture: 'El preaviso debe haberse dado hoy como muy tarde.',
      actionsTitle: 'Destino de las acciones en curso',
      actionsIntro: 'Decida qué ocurre con cada una: ningún proyecto se interrumpe sin decisión.',
      noOngoingActions: 'No hay ninguna acción en curso.',
      actionFate: 'Destino de la acción «{{title}}»',
      decisionRequired: 'Elija el destino de esta acción.',
      decisionsMissing_one:
        'Decida el destino de cada acción en curso antes de poner fin a la alianza: {{count}} acción aún espera una decisión.',
      decisionsMissing_other:
        'Decida el destino de cada acción en curso antes de poner fin a la alianza: {{count}} acciones aún esperan una decisión.',
      review: 'Revisar antes de confirmar',
      confirmTitle: 'Confirmar el fin de la alianza',
      confirmText:
        'Preaviso dado el {{noticeGivenOn}}, fin efectivo el {{effectiveOn}}. Las demás partes serán informadas por correo electrónico.',
      confirmFinal: 'Esta decisión es definitiva: la alianza ya no podrá modificarse ni reanudarse.',
      confirm: 'Confirmar el fin de la alianza',
      back: 'Volver al formulario',
      done: 'Se ha puesto fin a la alianza. Las demás partes han sido informadas por correo electrónico.',
    },
  },
  rupture: {
    title: 'Ruptura negociada',
    none: 'No se contempla ninguna ruptura. Poner fin a una alianza vinculada por un convenio pasa por estas etapas: propuesta al socio y negociación, acuerdo del órgano deliberante, preaviso durante el cual la alianza continúa, y después el fin.',
    stages: {
      negotiating: 'Negociación en curso',
      notice: 'Preaviso en curso',
      withdrawn: 'Ruptura retirada',
      ended: 'Ruptura efectiva',
    },
    proposed: 'Ruptura propuesta por {{party}} el {{date}}.',
    deliberation: 'Acuerdo',
    deliberationText: '{{body}}, acuerdo {{reference}} del {{date}}',
    awaiting: 'A la espera de la respuesta de: {{parties}}.',
    heard: 'El socio ha respondido.',
    decisionFrom: 'El acuerdo podrá registrarse a partir del {{date}} (o en cuanto responda el socio).',
    decisionOpen: 'El acuerdo puede registrarse.',
    noticeRuns_one:
      'La alianza continúa durante el preaviso — intercambios, acciones por terminar, respuestas del socio — y terminará automáticamente el {{date}} (queda {{count}} día).',
    noticeRuns_other:
      'La alianza continúa durante el preaviso — intercambios, acciones por terminar, respuestas del socio — y terminará automáticamente el {{date}} (quedan {{count}} días).',
    withdrawn: 'Retirada el {{date}}: {{reason}}',
    noDeliberation:
      'Fin decidido antes de que Passerelle registrara los acuerdos: no se conoce ninguna referencia.',
    responses: 'Respuestas del socio',
    response: '{{party}}, el {{date}}:',
    textRequired: 'Este campo es obligatorio.',
    propose: {
      open: 'Proponer una ruptura al socio',
      title: 'Proponer una ruptura',
      intro:
        'El socio es informado de inmediato por correo electrónico y puede responder aquí. En esta fase no se toma ninguna decisión: la ruptura se negocia.',
      reason: '¿Por qué contemplar el fin de la alianza?',
      submit: 'Informar al socio y abrir la negociación',
      done: 'La ruptura está propuesta: el socio está informado y puede responder.',
    },
    respond: {
      open: 'Responder a la propuesta de ruptura',
      title: 'Su respuesta',
      intro: 'Su respuesta se incorpora al expediente y se transmite a la otra parte antes de su decisión.',
      text: 'Respuesta de su gobierno local',
      submit: 'Enviar la respuesta',
      done: 'Su respuesta está registrada y transmitida.',
    },
    withdraw: {
      open: 'Retirar la propuesta de ruptura',
      title: 'Retirar la propuesta',
      intro: 'La negociación ha permitido continuar: se informa al socio.',
      reason: 'Por qué se retira la ruptura',
      submit: 'Retirar la propuesta',
      done: 'La propuesta de ruptura está retirada: la alianza continúa.',
    },
    decide: {
      open: 'Registrar el acuerdo',
      title: 'Acuerdo del órgano deliberante',
      intro:
        'El fin lo decide su órgano deliberante: indique su acuerdo. Puede registrarlo un cargo electo o el personal que da cuenta de él. Empieza el preaviso; la alianza continúa hasta la fecha de efecto.',
      body: 'Órgano deliberante',
      bodyHint: 'Por ejemplo: pleno municipal, concejo municipal, asamblea provincial.',
      reference: 'Referencia del acuerdo',
      adoptedOn: 'Acuerdo adoptado el',
      effectiveOnHint_one: 'No antes del {{date}}: el preaviso debido es de {{count}} día.',
      effectiveOnHint_other: 'No antes del {{date}}: el preaviso debido es de {{count}} días.',
      incomplete:
        'Indique el órgano, la referencia y las fechas del acuerdo, y el destino de cada acción en curso.',
      submit: 'Registrar el acuerdo y dar el preaviso',
      done: 'El acuerdo está registrado: el preaviso está en curso, el socio está informado.',
    },
  },
};
