import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { filesFr } from './fr';

export const filesEs: Catalogue<typeof filesFr> = {
  files: {
    hint: 'PDF, PNG, JPEG o WebP. El archivo se envía en cuanto se elige.',
    choose: 'Elegir un archivo…',
    uploading: 'Enviando el archivo…',
    uploaded: 'Archivo adjunto: {{name}}',
    download: 'Descargar {{name}}',
  },
};
