import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { inboxFr } from './fr';

export const inboxEs: Catalogue<typeof inboxFr> = {
  inbox: {
    title: 'Pendientes',
    intro:
      'Lo que le espera en las alianzas de su gobierno local: por qué, desde cuándo, para cuándo y dónde hacerlo.',
    link: 'Pendientes',
    linkCount_one: ' {{count}} en espera',
    linkCount_other: ' {{count}} en espera',
    listLabel_one: '{{count}} tarea pendiente',
    listLabel_other: '{{count}} tareas pendientes',
    empty: 'Nada le espera por ahora.',
    overdue: 'Atrasado',
    since: 'Desde el {{date}}',
    dueOn: 'Vence el {{date}}',
    kind: {
      'motivation-review': 'Motivación por revisar',
      'orange-zone-visit-approval': 'Misión a zona naranja por autorizar',
      'compatibility-review': 'Compatibilidad de motivaciones por examinar',
      'priority-agreement': 'Prioridad por validar',
      'convention-approval': 'Versión del convenio por aprobar',
      'visit-follow-up': 'Seguimiento de misión por realizar',
      'dialogue-exchange-due': 'Intercambio de diálogo por mantener',
      'visit-report-due': 'Informe de misión por redactar',
      'funding-call-closing': 'Solicitud por presentar antes del cierre de la convocatoria',
      'funding-report-due': 'Informe al financiador por enviar',
    },
    act: {
      'motivation-review': 'Revisar la motivación',
      'orange-zone-visit-approval': 'Examinar la misión',
      'compatibility-review': 'Examinar la compatibilidad',
      'priority-agreement': 'Validar la prioridad',
      'convention-approval': 'Registrar el acuerdo',
      'visit-follow-up': 'Ver el seguimiento',
      'dialogue-exchange-due': 'Registrar un intercambio',
      'visit-report-due': 'Redactar el informe',
      'funding-call-closing': 'Ver la solicitud',
      'funding-report-due': 'Ver el informe previsto',
    },
    audience: {
      elected_officials: 'entre cargos electos',
      technicians: 'entre personal técnico',
      territory_actors: 'entre actores del territorio',
    },
  },
};
