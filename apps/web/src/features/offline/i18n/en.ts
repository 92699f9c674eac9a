import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { offlineFr } from './fr';

export const offlineEn: Catalogue<typeof offlineFr> = {
  offline: {
    queued: 'Saved on this device, waiting to be sent: it will go as soon as the connection is back.',
    banner:
      'No connection. What you record here is kept on this device and sent as soon as the connection is back.',
    bannerWithoutOutbox: 'No connection. This browser cannot keep anything: wait for the connection to save.',
    link: 'To send',
    linkCount_one: ' {{count}} record waiting',
    linkCount_other: ' {{count}} records waiting',
    linkRefused_one: ' {{count}} refused',
    linkRefused_other: ' {{count}} refused',
    refusedAnnouncement_one: '{{count}} record refused when sent: the reason is under “To send”.',
    refusedAnnouncement_other: '{{count}} records refused when sent: the reasons are under “To send”.',
    kinds: {
      'dialogue-exchange': 'Exchange',
      measurement: 'Measurement',
      'log-entry': 'Action log',
    },
    photos: {
      hint: 'Without a connection, photos are kept on the device and sent with the entry.',
      kept: 'Photos kept on the device',
      remove: 'Remove {{name}}',
    },
    page: {
      title: 'To send',
      intro:
        'What you recorded on this device without a connection. Each record is sent once, in order, as soon as the connection is back.',
      unavailable: 'This browser cannot keep anything offline.',
      empty: 'Nothing is waiting to be sent.',
      listLabel_one: '{{count}} record on this device',
      listLabel_other: '{{count}} records on this device',
      queuedAt: 'Recorded on {{date}}',
      photos_one: '{{count}} photo',
      photos_other: '{{count}} photos',
      waiting: 'Waiting to be sent',
      refused: 'Refused: {{reason}}',
      discard: 'Discard',
      sendNow: 'Send now',
      sending: 'Sending…',
      offline: 'No connection: sending resumes as soon as it is back.',
    },
  },
};
