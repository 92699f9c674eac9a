import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { offlineFr } from './fr';

export const offlinePt: Catalogue<typeof offlineFr> = {
  offline: {
    queued: 'Guardado neste dispositivo, à espera de envio: seguirá assim que a ligação voltar.',
    banner:
      'Sem ligação. O que registar aqui fica guardado neste dispositivo e é enviado assim que a ligação voltar.',
    bannerWithoutOutbox:
      'Sem ligação. Este navegador não pode guardar nada: aguarde a ligação para registar.',
    link: 'Por enviar',
    linkCount_one: ' {{count}} registo à espera',
    linkCount_other: ' {{count}} registos à espera',
    linkRefused_one: ' {{count}} recusado',
    linkRefused_other: ' {{count}} recusados',
    refusedAnnouncement_one: '{{count}} registo recusado no envio: o motivo está em «Por enviar».',
    refusedAnnouncement_other: '{{count}} registos recusados no envio: os motivos estão em «Por enviar».',
    kinds: {
      'dialogue-exchange': 'Intercâmbio',
      measurement: 'Medição',
      'log-entry': 'Diário da ação',
    },
    photos: {
      hint: 'Sem ligação, as fotos ficam guardadas no dispositivo e são enviadas com a entrada.',
      kept: 'Fotos guardadas no dispositivo',
      remove: 'Retirar {{name}}',
    },
    page: {
      title: 'Por enviar',
      intro:
        'O que registou neste dispositivo sem ligação. Cada registo é enviado uma só vez, por ordem, assim que a ligação voltar.',
      unavailable: 'Este navegador não pode guardar nada sem ligação.',
      empty: 'Nada está à espera de ser enviado.',
      listLabel_one: '{{count}} registo neste dispositivo',
      listLabel_other: '{{count}} registos neste dispositivo',
      queuedAt: 'Registado em {{date}}',
      photos_one: '{{count}} foto',
      photos_other: '{{count}} fotos',
      waiting: 'À espera de envio',
      refused: 'Recusado: {{reason}}',
      discard: 'Descartar',
      sendNow: 'Enviar agora',
      sending: 'A enviar…',
      offline: 'Sem ligação: o envio será retomado assim que ela voltar.',
    },
  },
};
