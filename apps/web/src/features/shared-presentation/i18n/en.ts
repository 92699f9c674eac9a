import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { sharedPresentationFr } from './fr';

export const sharedPresentationEn: Catalogue<typeof sharedPresentationFr> = {
  sharedPresentation: {
    title: 'Shared presentation',
    subtitle: 'Presentation of the authority · {{country}}',
    pdf: 'Download the PDF',
    expiresOn: 'This link is valid until {{date}}.',
  },
};
