import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { sharedPresentationFr } from './fr';

export const sharedPresentationPt: Catalogue<typeof sharedPresentationFr> = {
  sharedPresentation: {
    title: 'Apresentação partilhada',
    subtitle: 'Apresentação da autarquia · {{country}}',
    pdf: 'Descarregar o PDF',
    expiresOn: 'Esta ligação é válida até {{date}}.',
  },
};
