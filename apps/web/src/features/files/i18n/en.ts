import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { filesFr } from './fr';

export const filesEn: Catalogue<typeof filesFr> = {
  files: {
    hint: 'PDF, PNG, JPEG or WebP. The file is uploaded as soon as it is chosen.',
    choose: 'Choose a file…',
    uploading: 'Uploading the file…',
    uploaded: 'File attached: {{name}}',
    download: 'Download {{name}}',
  },
};
