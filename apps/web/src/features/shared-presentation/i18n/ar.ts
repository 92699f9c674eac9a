import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { sharedPresentationFr } from './fr';

export const sharedPresentationAr: Catalogue<typeof sharedPresentationFr> = {
  sharedPresentation: {
    title: 'تعريف مُشارَك',
    subtitle: 'التعريف بالجماعة · {{country}}',
    pdf: 'تنزيل ملف PDF',
    expiresOn: 'هذا الرابط صالح حتى {{date}}.',
  },
};
