import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { devMailFr } from './fr';

export const devMailEn: Catalogue<typeof devMailFr> = {
  devMail: {
    title: 'Captured e-mails (development)',
    intro: 'In development no e-mail leaves the machine: here are those the application sent.',
    empty: 'No e-mail yet.',
    unavailable: 'The mail sink exists only in development.',
    restricted: 'Captured e-mails are read from the server’s own machine, or signed in as an administrator.',
    from: 'From',
    to: 'To',
    subject: 'Subject',
    receivedAt: 'Received',
    back: 'Back to the list',
  },
};
