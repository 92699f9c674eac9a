import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { devMailFr } from './fr';

export const devMailDe: Catalogue<typeof devMailFr> = {
  devMail: {
    title: 'Abgefangene E-Mails (Entwicklung)',
    intro:
      'In der Entwicklung verlässt keine E-Mail den Rechner: Hier sind die, die die Anwendung gesendet hat.',
    empty: 'Noch keine E-Mails.',
    unavailable: 'Der E-Mail-Auffang existiert nur in der Entwicklung.',
    restricted:
      'Abgefangene E-Mails lassen sich vom Server-Rechner aus lesen oder mit Anmeldung als Administrator.',
    from: 'Von',
    to: 'An',
    subject: 'Betreff',
    receivedAt: 'Empfangen am',
    back: 'Zurück zur Liste',
  },
};
