import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { sharedPresentationFr } from './fr';

export const sharedPresentationEs: Catalogue<typeof sharedPresentationFr> = {
  sharedPresentation: {
    title: 'Presentación compartida',
    subtitle: 'Presentación del gobierno local · {{country}}',
    pdf: 'Descargar el PDF',
    expiresOn: 'Este enlace es válido hasta el {{date}}.',
  },
};
