import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { filesFr } from './fr';

export const filesPt: Catalogue<typeof filesFr> = {
  files: {
    hint: 'PDF, PNG, JPEG ou WebP. O ficheiro é enviado logo que é escolhido.',
    choose: 'Escolher um ficheiro…',
    uploading: 'A enviar o ficheiro…',
    uploaded: 'Ficheiro anexado: {{name}}',
    download: 'Descarregar {{name}}',
  },
};
