import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { reminderSettingsFr } from './fr';

export const reminderSettingsEs: Catalogue<typeof reminderSettingsFr> = {
  reminderSettings: {
    title: 'Recordatorios y calendario',
    intro:
      'Elija los recordatorios que recibe por correo electrónico y en sus notificaciones, y suscriba su calendario a sus próximas misiones e intercambios.',
    preferencesTitle: 'Recordatorios recibidos',
    preferencesIntro:
      'Un recordatorio desmarcado deja de enviársele, ni por correo ni en sus notificaciones. Los correos nunca salen entre las {{quietStart}} y las {{quietEnd}}, hora de su gobierno local: esperan a la mañana.',
    preferencesLegend: 'Recibo los siguientes recordatorios',
    mandatory:
      'Siempre se envía: el fin de un convenio compromete a su gobierno local, este recordatorio no puede desactivarse.',
    save: 'Guardar mis preferencias',
    saved: 'Sus preferencias de recordatorio están guardadas.',
    days_one: '{{count}} día',
    days_other: '{{count}} días',
    kinds: {
      'dialogue-due': {
        label: 'Intercambio de diálogo por mantener',
        hint: '{{days}} antes de la fecha en que se espera un intercambio con los cargos electos, el personal técnico o los actores del territorio, según el ritmo acordado con el socio.',
      },
      'dialogue-overdue': {
        label: 'La relación se adormece',
        hint: 'Cuando un intercambio esperado no ha tenido lugar en la fecha prevista.',
      },
      'visit-upcoming': {
        label: 'Misión próxima',
        hint: '{{days}} antes del inicio de una misión o de la recepción de una delegación.',
      },
      'visit-report-missing': {
        label: 'Informe de misión pendiente',
        hint: '{{days}} después del fin de una misión cuyo informe aún no está redactado.',
      },
      'convention-expiring': {
        label: 'Vencimiento del convenio',
        hint: '{{days}} antes de la fecha de fin del convenio.',
      },
      'convention-tacit-renewal': {
        label: 'Prórroga tácita del convenio',
        hint: '{{days}} antes del último día para oponerse a la prórroga tácita del convenio.',
      },
      'funding-call-closing': {
        label: 'Cierre de una convocatoria',
        hint: '{{days}} antes del cierre de una convocatoria a la que una solicitud sigue en borrador.',
      },
      'funding-report-due': {
        label: 'Informe esperado por un financiador',
        hint: '{{days}} antes de la fecha de un informe pendiente sobre una subvención concedida.',
      },
    },
    calendarTitle: 'Calendario personal',
    calendarIntro:
      'Una dirección de suscripción (iCalendar) para ver en su calendario las próximas misiones y los próximos intercambios de diálogo de sus alianzas. Guárdela para usted: quien la conozca puede leer estos eventos.',
    calendarNone: 'No tiene ninguna dirección de calendario activa.',
    calendarActive: 'Hay una dirección de calendario activa desde el {{date}}.',
    calendarCreate: 'Crear una dirección de calendario',
    calendarReplace: 'Sustituir la dirección',
    calendarReplaceHint:
      'Se crea una dirección nueva y la actual deja de funcionar de inmediato: útil si ha podido llegar a otra persona.',
    calendarRevoke: 'Revocar la dirección',
    calendarRevokeHint: 'La dirección deja de funcionar de inmediato; su calendario ya no se actualizará.',
    calendarCreated: 'Su dirección de calendario está creada.',
    calendarReplaced: 'Se ha creado una nueva dirección de calendario: la anterior ya no funciona.',
    calendarRevoked: 'Su dirección de calendario está revocada: ya no funciona.',
    calendarUrl: 'Dirección de su calendario',
    calendarUrlHint: 'Cópiela ahora: no volverá a mostrarse. Si la pierde, sustitúyala por una nueva.',
    calendarCopy: 'Copiar la dirección',
    calendarCopied: 'Dirección copiada.',
    calendarCopyFailed: 'No se ha podido copiar: seleccione la dirección y cópiela usted.',
    calendarOpen: 'Abrir en mi aplicación de calendario',
    subscribeTitle: 'Suscribirse desde su calendario',
    subscribeOutlook:
      'Outlook: Agregar calendario, luego «Suscribirse desde la web» (o «Desde Internet»), y pegue la dirección.',
    subscribeThunderbird:
      'Thunderbird: Nuevo calendario, «En la red», pegue la dirección y elija el formato iCalendar (ICS).',
    subscribeGoogle:
      'Google Calendar: junto a «Otros calendarios», «+» y luego «Desde URL», y pegue la dirección. Google solo vuelve a leer el calendario cada pocas horas.',
  },
};
