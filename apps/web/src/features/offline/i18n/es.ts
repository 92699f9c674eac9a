import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { offlineFr } from './fr';

export const offlineEs: Catalogue<typeof offlineFr> = {
  offline: {
    queued: 'Guardado en este dispositivo, pendiente de envío: saldrá en cuanto vuelva la conexión.',
    banner:
      'Sin conexión. Lo que registre aquí se guarda en este dispositivo y se envía en cuanto vuelva la conexión.',
    bannerWithoutOutbox:
      'Sin conexión. Este navegador no puede guardar nada: espere la conexión para registrar.',
    link: 'Por enviar',
    linkCount_one: ' {{count}} registro pendiente',
    linkCount_other: ' {{count}} registros pendientes',
    linkRefused_one: ' {{count}} rechazado',
    linkRefused_other: ' {{count}} rechazados',
    refusedAnnouncement_one: '{{count}} registro rechazado al enviarlo: el motivo está en «Por enviar».',
    refusedAnnouncement_other:
      '{{count}} registros rechazados al enviarlos: los motivos están en «Por enviar».',
    kinds: {
      'dialogue-exchange': 'Intercambio',
      measurement: 'Medición',
      'log-entry': 'Diario de la acción',
    },
    photos: {
      hint: 'Sin conexión, las fotos se guardan en el dispositivo y se envían con la entrada.',
      kept: 'Fotos guardadas en el dispositivo',
      remove: 'Quitar {{name}}',
    },
    page: {
      title: 'Por enviar',
      intro:
        'Lo que registró en este dispositivo sin conexión. Cada registro se envía una sola vez, en orden, en cuanto vuelve la conexión.',
      unavailable: 'Este navegador no puede guardar nada sin conexión.',
      empty: 'Nada espera ser enviado.',
      listLabel_one: '{{count}} registro en este dispositivo',
      listLabel_other: '{{count}} registros en este dispositivo',
      queuedAt: 'Registrado el {{date}}',
      photos_one: '{{count}} foto',
      photos_other: '{{count}} fotos',
      waiting: 'Pendiente de envío',
      refused: 'Rechazado: {{reason}}',
      discard: 'Descartar',
      sendNow: 'Enviar ahora',
      sending: 'Enviando…',
      offline: 'Sin conexión: el envío se reanudará en cuanto vuelva.',
    },
  },
};
