import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { politicalDialogueFr } from './fr';

export const politicalDialogueEs: Catalogue<typeof politicalDialogueFr> = {
  politicalDialogue: {
    title: 'Motivaciones cruzadas y prioridades comunes',
    intro:
      'Cada parte pone sus motivaciones sobre la mesa: los cargos electos las comparan, dicen si son compatibles con las de su gobierno local, y después las partes acuerdan las prioridades que recogerá el convenio.',
    conflict:
      'Alguien ha modificado el diálogo político mientras tanto: se ha vuelto a cargar, revíselo y vuelva a empezar.',
    categories: {
      political: 'Política',
      institutional: 'Institucional',
      technical_sectoral: 'Técnica o sectorial',
      financial: 'Financiera',
      economic: 'Económica',
    },
    frames: {
      humanist: 'Humanista',
      political: 'Político',
      pro_domo: 'Pro domo',
    },
    motivations: {
      title: 'Motivaciones puestas sobre la mesa',
      intro:
        'Aquí solo figuran las motivaciones que cada parte ha compartido; sus motivaciones internas siguen siendo suyas.',
      noPartner:
        'Ningún gobierno local socio por ahora: la comparación será posible en cuanto un socio se haya unido a la alianza.',
      nothingFromPartner:
        '{{parties}} aún no ha compartido ninguna motivación: la comparación será posible en cuanto ponga sus motivaciones sobre la mesa.',
      yourSide: 'Su gobierno local',
      yoursEmpty: 'Su gobierno local aún no ha compartido ninguna motivación.',
      shareYours: 'Compartir sus motivaciones (etapa 1)',
      partnerEmpty: '{{party}} aún no ha compartido ninguna motivación.',
      frames:
        'Marcos de referencia — humanista: {{humanist}} · político: {{political}} · pro domo: {{proDomo}}',
      listOf: 'Motivaciones compartidas por {{party}}',
      sharedOn: 'Compartida el {{date}}',
    },
    reviews: {
      title: 'Compatibilidad de las motivaciones',
      intro:
        'Los cargos electos de cada parte dicen si las motivaciones puestas sobre la mesa son compatibles con las de su gobierno local.',
      listLabel: 'Dictámenes de compatibilidad por parte',
      none: 'Ningún dictamen emitido por ahora.',
      verdicts: {
        approved: 'Compatibles',
        changes_requested: 'Ajustes solicitados',
      },
      by: 'Dictamen de {{name}}, el {{date}}.',
      councilDecisionBoth: 'Acuerdo {{reference}} del {{date}}.',
      councilDecisionRefOnly: 'Acuerdo {{reference}}.',
      councilDecisionDateOnly: 'Acuerdo del {{date}}.',
      outdated:
        'Este dictamen es anterior a la última vez que se compartieron motivaciones: ya no cuenta, se espera un nuevo dictamen.',
    },
    reviewForm: {
      title: 'Emitir el dictamen de {{party}}',
      hint: 'Usted emite este dictamen como cargo electo, en nombre de su gobierno local.',
      replaces:
        'Usted emite este dictamen como cargo electo, en nombre de su gobierno local; sustituye al dictamen anterior.',
      comment: 'Comentario',
      commentHint: 'Opcional; útil para decir qué debe ajustarse.',
      councilDecisionRef: 'Referencia del acuerdo',
      councilDecisionRefHint: 'Si el pleno se ha pronunciado, por ejemplo DEL-2026-014.',
      councilDecisionOn: 'Fecha del acuerdo',
      compatible: 'Considerar compatibles las motivaciones',
      changesRequested: 'Solicitar ajustes',
      done: {
        approved: 'Dictamen guardado: las motivaciones se consideran compatibles.',
        changes_requested: 'Dictamen guardado: se solicitan ajustes.',
      },
    },
    priorities: {
      title: 'Prioridades comunes',
      intro:
        'Las prioridades que recogerá el convenio. Cada una cuenta cuando todas las partes la han aprobado; la aprobación de una parte la da uno de sus cargos electos.',
      empty: 'Ninguna prioridad propuesta por ahora.',
      listLabel: 'Prioridades',
      agreedByAll: 'Aprobada por todas las partes',
      awaitingAll: 'Pendiente de aprobación',
      stakes: 'Retos de su territorio: {{stakes}}',
      otherStakes_one: 'Retos del territorio socio: {{count}}',
      otherStakes_other: 'Retos del territorio socio: {{count}}',
      agreementsOf: 'Aprobación de las partes sobre «{{title}}»',
      partyAgreed: 'de acuerdo',
      partyAwaited: 'aprobación pendiente',
      agree: 'Aprobar esta prioridad',
      agreed: 'Ha aprobado la prioridad «{{title}}».',
    },
    priorityForm: {
      title: 'Proponer una prioridad',
      hint: 'La prioridad se propone en nombre de {{party}}, que la aprueba de oficio; {{parties}} deberá aprobarla a su vez.',
      titleLabel: 'Título de la prioridad',
      titleHint: 'Por ejemplo: el acceso al agua potable en los barrios periféricos.',
      titleRequired: 'Indique el título de la prioridad.',
      stakes: 'Retos de su territorio a los que responde',
      stakesHint: 'Opcional: los retos identificados en la etapa 1.',
      noStakes: 'Ningún reto registrado en la etapa 1 por ahora.',
      submit: 'Proponer la prioridad',
      done: 'Prioridad «{{title}}» propuesta: espera la aprobación de {{parties}}.',
    },
    readiness: {
      title: 'Antes de aprobar el convenio',
      ready: 'Se reúnen todas las condiciones del método para aprobar el convenio.',
      missing: 'El método aún pide:',
      listLabel: 'Condiciones por cumplir',
      awaitingYou: 'Pendiente de su gobierno local.',
      awaitingYouAnd: 'Pendiente de su gobierno local y de {{parties}}.',
      awaitingOthers: 'Su gobierno local ha hecho su parte: a la espera de {{parties}}.',
    },
  },
};
