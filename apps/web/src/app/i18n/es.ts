import type { Catalogue } from '../../lib/i18n/catalogue';
import type { shellFr } from './fr';

export const shellEs: Catalogue<typeof shellFr> = {
  app: {
    name: 'Passerelle',
    tagline: 'Las alianzas internacionales de los gobiernos locales',
    skipToContent: 'Ir al contenido',
    mainNavigation: 'Las seis etapas del método',
    partnershipSteps: 'Las seis etapas de esta alianza',
    menu: 'Menú',
  },
  language: {
    label: 'Idioma',
  },
  steps: {
    COMMITMENT: {
      title: 'Construir el compromiso',
      summary:
        'Aclarar las motivaciones, implicar a los actores del territorio, identificar los retos y lo que el territorio puede aportar, y después someterlo a la validación de los cargos electos.',
    },
    PARTNER_SEARCH: {
      title: 'Buscar socios',
      summary:
        'Apoyarse en las redes de los actores del territorio, las redes de gobiernos locales, la bolsa de alianzas y los encuentros fortuitos.',
    },
    PRESENTATION: {
      title: 'Saber presentarse',
      summary:
        'Un documento que expone las motivaciones, el territorio y sus actores, los retos en los que la cooperación ayudaría y lo que el gobierno local puede aportar.',
    },
    INITIATION: {
      title: 'Iniciar la relación',
      summary:
        'Misiones recíprocas en ambos territorios, con delegaciones reducidas pero diversas: cargos electos, personal técnico, actores del territorio.',
    },
    CONVENTION: {
      title: 'Convenio y diálogo',
      summary:
        'Poner sobre la mesa las motivaciones de ambas partes, fijar las prioridades, firmar el convenio y prever un diálogo regular para que la relación no se adormezca.',
    },
    ACTIONS: {
      title: 'Pasar a la acción',
      summary:
        'Priorizar las acciones, montar los proyectos, buscar cofinanciación y lanzar pronto pequeñas acciones concretas, visibles para la ciudadanía.',
    },
    conventionTabs: {
      label: 'Páginas de la etapa 5',
      motivations: 'Motivaciones cruzadas',
      convention: 'Convenio',
      dialogue: 'Plan de diálogo',
    },
    asksTitle: 'Lo que el método pide antes de la etapa siguiente',
    watchTitle: 'Puntos de atención',
    previous: '← Etapa anterior: {{title}}',
    next: 'Etapa siguiente: {{title}} →',
    stepLabel: 'Etapa {{number}}',
    backToPartnership: 'Volver a la alianza «{{title}}»',
    comingTitle: 'En Passerelle',
    coming: 'Las pantallas de esta etapa se abren con las alianzas de su gobierno local.',
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'Esta dirección no corresponde a ninguna página.',
    backHome: 'Volver al inicio',
  },
  routeError: {
    title: 'Página no disponible',
    body: 'No se ha podido cargar esta página. Compruebe su conexión y vuelva a cargar la página.',
    reload: 'Volver a cargar la página',
  },
  errors: {
    generic: 'Se ha producido un error. Vuelva a intentarlo en un momento.',
  },
  common: {
    loading: 'Cargando…',
    noValue: '—',
    cancel: 'Cancelar',
    close: 'Cerrar',
  },
  dateEntry: {
    day: 'dd',
    month: 'mm',
    year: 'aaaa',
    format: 'Formato: {{format}}',
    unreadable: 'Fecha no reconocida: escríbala como {{format}}.',
    calendar: 'Elegir la fecha en un calendario',
    timeFormat: 'Formato: hh:mm, en 24 horas',
    timeUnreadable: 'Hora no reconocida: escríbala como hh:mm, por ejemplo 14:30.',
  },
  formDialog: {
    discard: {
      title: '¿Cerrar sin guardar?',
      body: 'Lo que ha introducido en este formulario se perderá.',
      keep: 'Seguir editando',
      discard: 'Cerrar sin guardar',
    },
  },
  nav: {
    label: 'Menú principal',
    odaDeclaration: 'Declaración de AOD',
    portfolio: 'Panel',
    partnerships: 'Alianzas',
    motivationReviews: 'Por revisar',
    users: 'Usuarios',
    audit: 'Registro de auditoría',
    directory: 'Directorio',
    directoryProfile: 'Perfil en el directorio',
    territoryActors: 'Actores del territorio',
    receivedInvitations: 'Invitaciones recibidas',
    changePassword: 'Contraseña',
  },
  session: {
    label: 'Su sesión',
    organisation: 'Gobierno local',
    role: 'Rol',
    signIn: 'Iniciar sesión',
    signOut: 'Cerrar sesión',
    signOutWaiting: {
      title: 'Hay registros pendientes de envío',
      body_one:
        '{{count}} registro hecho en este dispositivo aún no se ha enviado. Se queda aquí y se enviará cuando vuelva a iniciar sesión en este dispositivo.',
      body_other:
        '{{count}} registros hechos en este dispositivo aún no se han enviado. Se quedan aquí y se enviarán cuando vuelva a iniciar sesión en este dispositivo.',
      stay: 'Seguir conectado',
      see: 'Ver lo pendiente',
      confirm: 'Cerrar sesión de todos modos',
    },
  },
  roles: {
    admin: 'Administración',
    officer: 'Técnico/a de cooperación',
    elected: 'Cargo electo',
    contributor: 'Colaborador/a',
    viewer: 'Solo lectura',
  },
  home: {
    title: 'Le damos la bienvenida a Passerelle',
    intro:
      'Passerelle acompaña a su gobierno local en cada etapa de una cooperación descentralizada o de un hermanamiento: desde la voluntad de compromiso hasta las acciones comunes con sus socios.',
    methodTitle: 'El método en seis etapas',
    signedOut: 'Inicie sesión para ver las alianzas de su gobierno local.',
    yourPartnerships: 'Sus alianzas',
    seeAll: 'Todas las alianzas',
    dashboard: 'Abrir el panel',
    signInLink: 'Ir a la página de inicio de sesión',
  },
  forbidden: {
    title: 'Acceso restringido',
    body: 'Su rol no da acceso a esta página.',
  },
  organisationKinds: {
    commune: 'Municipio',
    inter_municipal_body: 'Mancomunidad',
    department: 'Departamento',
    region: 'Región',
    province: 'Provincia',
    state_level: 'Nivel estatal o federado',
    other: 'Otro',
  },
  stepper: {
    title: 'Avance de la alianza',
    stepPrefix: 'Etapa {{number}}:',
    statuses: {
      done: 'Terminada',
      current: 'En curso',
      todo: 'Por hacer',
      blocked: 'Bloqueada',
    },
    criteriaOf: 'Criterios de la etapa «{{title}}»',
    met: 'Cumplido',
    missing: 'Sin cumplir',
    why: '¿Por qué?',
    requires: 'Por cumplir antes:',
    blockedBy: 'Etapa bloqueada:',
    warnings: 'Puntos de atención',
    warningsIntro: 'No bloquean nada, pero el método recomienda vigilarlos.',
    noWarnings: 'Ningún punto de atención por ahora.',
    warningStep: 'Etapa {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'Misión al territorio socio, {{dates}}',
        from_partner: 'Recepción de una delegación socia, {{dates}}',
      },
      channel: 'Canal: {{channel}} ({{audience}})',
      audience: 'Intercambios con: {{audience}}',
      dueOn: 'previsto el {{date}}',
    },
    fix: {
      dialogue: 'Acordar las modalidades de diálogo',
      motivations: 'Redactar sus motivaciones',
      review: 'Someter sus motivaciones a la revisión de un cargo electo',
      share: 'Compartir sus motivaciones con los socios',
      stakes: 'Identificar los retos del territorio',
      contributions: 'Indicar lo que el territorio puede aportar',
      territoryActors: 'Consultar a los actores del territorio',
      candidates: 'Buscar gobiernos locales candidatos y hacer su seguimiento',
      presentation: 'Redactar la presentación de su gobierno local',
      visits: 'Planificar o registrar una misión de delegación',
      compatibility: 'Someter la compatibilidad de las motivaciones a los cargos electos',
      priorities: 'Fijar juntos las prioridades de la alianza',
      convention: 'Negociar, aprobar y firmar el convenio',
      actions: 'Lanzar una primera acción concreta',
      budget: 'Identificar la financiación de una acción',
      indicators: 'Someter los indicadores a la validación de cada parte',
    },
    pageLinks: {
      convention: 'Convenio y diálogo: motivaciones cruzadas, convenio y plan de diálogo',
      actions: 'Pasar a la acción: las acciones comunes, su presupuesto, sus indicadores y su seguimiento',
    },
  },
  actorKinds: {
    association: 'Asociación',
    ngo: 'ONG',
    school: 'Centro educativo',
    university: 'Universidad',
    hospital: 'Hospital',
    religious_body: 'Organización religiosa',
    diaspora_group: 'Diáspora',
    company: 'Empresa',
    other: 'Otro',
  },
  themes: {
    governance: 'gobernanza local',
    water_sanitation: 'agua y saneamiento',
    heritage: 'patrimonio',
    culture: 'cultura',
    health: 'salud',
    education: 'educación',
    urban_planning: 'urbanismo',
    waste: 'residuos',
    tourism: 'turismo',
    economic_development: 'desarrollo económico',
    youth_mobility: 'movilidad juvenil',
    climate: 'clima',
  },
  timeZoneAreas: {
    Africa: 'África',
    America: 'América',
    Antarctica: 'Antártida',
    Arctic: 'Ártico',
    Asia: 'Asia',
    Atlantic: 'Océano Atlántico',
    Australia: 'Australia',
    Europe: 'Europa',
    Indian: 'Océano Índico',
    Pacific: 'Océano Pacífico',
    other: 'Tiempo universal y otros',
  },
  validation: {
    summary: 'Hay campos que corregir.',
    required: 'Este campo es obligatorio.',
    email: 'Introduzca una dirección de correo electrónico válida.',
    minLength: 'Demasiado corto: al menos {{min}} caracteres.',
    maxLength: 'Demasiado largo: como máximo {{max}} caracteres.',
    choice: 'Elija un valor de la lista.',
    countryCode: 'Elija un país de la lista.',
    timeZone: 'Zona horaria desconocida: use una zona IANA (por ejemplo America/Bogota).',
    languages: 'Introduzca códigos de idioma BCP 47 separados por comas (por ejemplo es, qu).',
    atLeastOne: 'Indique al menos un valor.',
    tooMany: 'Demasiados valores.',
    date: 'Introduzca una fecha válida.',
    min: 'Demasiado pequeño: al menos {{min}}.',
    max: 'Demasiado grande: como máximo {{max}}.',
    invalid: 'Valor no válido.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
      INVALID_CREDENTIALS: 'Correo electrónico o contraseña incorrectos.',
      WRONG_CURRENT_PASSWORD: 'La contraseña actual es incorrecta.',
      PASSWORD_TOO_COMMON: 'Esta contraseña es de las más usadas o se repite demasiado: elija otra.',
      PASSWORD_CONTAINS_IDENTITY:
        'Esta contraseña contiene su correo electrónico o el nombre de su gobierno local: elija otra.',
      FORBIDDEN: 'Su rol no permite esta acción.',
      CSRF_INVALID: 'Su sesión ha cambiado. Vuelva a cargar la página e inténtelo de nuevo.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'Hay campos que corregir.',
      TOO_MANY: 'Demasiadas solicitudes. Vuelva a intentarlo más tarde.',
    },
    RESOURCE: {
      NOT_FOUND: 'No se encuentra este elemento.',
      CONFLICT:
        'Alguien ha modificado este elemento mientras tanto. Los datos se han vuelto a cargar: revíselos y vuelva a empezar.',
    },
    INVITATION: {
      NOT_FOUND: 'Esta invitación no existe. Compruebe el enlace recibido por correo electrónico.',
      EXPIRED: 'Esta invitación ha caducado. Pida a la persona que le invitó que le envíe una nueva.',
      ALREADY_USED: 'Esta invitación ya se ha utilizado. Inicie sesión con su cuenta.',
      REVOKED: 'El gobierno local que envió esta invitación la ha retirado.',
      EMAIL_ALREADY_REGISTERED: 'Esta dirección de correo electrónico ya tiene una cuenta en Passerelle.',
      ALREADY_PENDING: 'Ya hay una invitación pendiente para esta dirección.',
    },
    USER: {
      LAST_ADMIN: 'El gobierno local debe conservar al menos una cuenta de administración activa.',
      CANNOT_CHANGE_SELF: 'No puede cambiar su propio rol ni desactivar su cuenta.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'Este gobierno local ya participa en esta alianza.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'Ya figura en el directorio un actor con este nombre.',
    },
    FILE: {
      MISSING: 'Elija un archivo para enviar.',
      TOO_LARGE: 'Este archivo es demasiado grande.',
      TYPE_NOT_ALLOWED: 'Solo se aceptan archivos PDF, PNG, JPEG y WebP.',
      TYPE_MISMATCH:
        'El contenido de este archivo no corresponde a su nombre o a su tipo: se ha rechazado por precaución.',
      NOT_ATTACHABLE: 'Este archivo no pertenece a esta alianza.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED: 'Los recordatorios de fin de convenio no pueden desactivarse: siguen marcados.',
      NOT_FAILED: 'Este recordatorio no ha fallado: ya se está enviando o ya se ha enviado.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'Esta dirección de calendario no existe o ha dejado de funcionar.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'Este enlace de presentación no existe. Compruebe la dirección recibida.',
      EXPIRED:
        'Este enlace de presentación ha caducado. Pida al gobierno local que se lo envió que le mande uno nuevo.',
      REVOKED: 'El gobierno local que envió este enlace de presentación lo ha retirado.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE:
        'La presentación aún no tiene texto en este idioma: redáctela antes de imprimirla o compartirla.',
    },
  },
};
