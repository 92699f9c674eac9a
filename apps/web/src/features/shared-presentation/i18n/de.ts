import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { sharedPresentationFr } from './fr';

export const sharedPresentationDe: Catalogue<typeof sharedPresentationFr> = {
  sharedPresentation: {
    title: 'Geteilte Vorstellung',
    subtitle: 'Vorstellung der Kommune · {{country}}',
    pdf: 'PDF herunterladen',
    expiresOn: 'Dieser Link ist gültig bis {{date}}.',
  },
};
