import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { iatiFr } from './fr';

export const iatiEs: Catalogue<typeof iatiFr> = {
  iati: {
    title: 'Archivo de actividades IATI',
    intro:
      'El archivo IATI (estándar 2.03) publica sus acciones de cooperación financiadas con su presupuesto propio: una actividad por acción, con sus socios, sectores, países, presupuesto, compromisos y desembolsos, e indicadores.',
    identifierIs: 'Identificador IATI de su gobierno local:',
    missingIdentifier: {
      title: 'Su gobierno local aún no tiene identificador IATI.',
      why: 'Cada actividad publicada lleva un identificador que empieza por el del gobierno local que publica: sin él, no se puede generar ningún archivo.',
      how: 'Este identificador combina el prefijo de un registro reconocido por IATI y el número que este le asigna, por ejemplo FR-SIRET- seguido del SIRET del gobierno local. La persona administradora de su gobierno local lo introduce en esta página o en la página Perfil del directorio.',
    },
    identifier: {
      title: 'Identificador IATI del gobierno local',
      label: 'Identificador de organización IATI',
      hint: 'Prefijo del registro, guion, número: por ejemplo FR-SIRET-21490007800012. Sin espacios ni / & | ?. Déjelo vacío para borrarlo.',
      submit: 'Guardar el identificador',
      saved: 'Identificador IATI guardado.',
      cleared: 'Identificador IATI borrado.',
      askAdministrator: 'El identificador IATI del gobierno local lo introduce su administrador.',
    },
    issues: {
      title_one: 'Lo que falta ({{count}})',
      title_other: 'Lo que falta ({{count}})',
      none: 'No falta nada: todas sus acciones financiadas se publican completas.',
      leftOut: 'acción no publicada hasta que se complete',
      codes: {
        organisation_identifier_missing: 'Falta el identificador IATI del gobierno local',
        action_description_missing: 'Falta la descripción de la acción',
        action_sectors_missing: 'Faltan los sectores CAD de la acción',
        action_start_missing: 'Falta la fecha de inicio de la acción',
        line_period_missing: 'Partida presupuestaria sin periodo: no se publica presupuesto para ella',
        line_period_over_a_year:
          'Partida presupuestaria de más de un año: IATI exige un presupuesto por periodo de un año como máximo',
        line_currency_unknown: 'Partida presupuestaria en una moneda desconocida',
        transaction_in_future: 'Compromiso o desembolso con fecha futura: se publicará cuando pase la fecha',
      },
    },
    download: {
      title: 'Descargar el archivo',
      summary: '{{published}} acción(es) publicada(s) de {{funded}} financiada(s) con su presupuesto propio.',
      counts: '{{budgets}} presupuesto(s), {{transactions}} transacción(es), {{indicators}} indicador(es)',
      xml: 'Descargar el archivo IATI (XML)',
      needsIdentifier: 'La descarga será posible una vez introducido el identificador IATI.',
      nothing: 'Aún no se puede publicar ninguna acción: complete lo que falta arriba.',
      version: 'Estándar IATI {{version}}, listas de códigos del {{codeLists}}.',
    },
  },
};
