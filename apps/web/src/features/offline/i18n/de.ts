import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { offlineFr } from './fr';

export const offlineDe: Catalogue<typeof offlineFr> = {
  offline: {
    queued:
      'Auf diesem Gerät gespeichert, wartet auf das Senden: Es geht los, sobald die Verbindung zurück ist.',
    banner:
      'Keine Verbindung. Was Sie hier erfassen, bleibt auf diesem Gerät und wird gesendet, sobald die Verbindung zurück ist.',
    bannerWithoutOutbox:
      'Keine Verbindung. Dieser Browser kann nichts aufbewahren: Warten Sie zum Speichern auf die Verbindung.',
    link: 'Zu senden',
    linkCount_one: ' {{count}} Eintrag wartet',
    linkCount_other: ' {{count}} Einträge warten',
    linkRefused_one: ' {{count}} abgelehnt',
    linkRefused_other: ' {{count}} abgelehnt',
    refusedAnnouncement_one:
      '{{count}} Eintrag beim Senden abgelehnt: den Grund finden Sie unter „Zu senden“.',
    refusedAnnouncement_other:
      '{{count}} Einträge beim Senden abgelehnt: die Gründe finden Sie unter „Zu senden“.',
    kinds: {
      'dialogue-exchange': 'Austausch',
      measurement: 'Messung',
      'log-entry': 'Maßnahmenjournal',
    },
    photos: {
      hint: 'Ohne Verbindung bleiben Fotos auf dem Gerät und werden mit dem Eintrag gesendet.',
      kept: 'Auf dem Gerät aufbewahrte Fotos',
      remove: '{{name}} entfernen',
    },
    page: {
      title: 'Zu senden',
      intro:
        'Was Sie auf diesem Gerät ohne Verbindung erfasst haben. Jeder Eintrag wird einmal gesendet, der Reihe nach, sobald die Verbindung zurück ist.',
      unavailable: 'Dieser Browser kann offline nichts aufbewahren.',
      empty: 'Nichts wartet auf das Senden.',
      listLabel_one: '{{count}} Eintrag auf diesem Gerät',
      listLabel_other: '{{count}} Einträge auf diesem Gerät',
      queuedAt: 'Erfasst am {{date}}',
      photos_one: '{{count}} Foto',
      photos_other: '{{count}} Fotos',
      waiting: 'Wartet auf das Senden',
      refused: 'Abgelehnt: {{reason}}',
      discard: 'Verwerfen',
      sendNow: 'Jetzt senden',
      sending: 'Wird gesendet…',
      offline: 'Keine Verbindung: Das Senden wird fortgesetzt, sobald sie zurück ist.',
    },
  },
};
