import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { filesFr } from './fr';

export const filesDe: Catalogue<typeof filesFr> = {
  files: {
    hint: 'PDF, PNG, JPEG oder WebP. Die Datei wird hochgeladen, sobald sie ausgewählt ist.',
    choose: 'Datei auswählen…',
    uploading: 'Datei wird hochgeladen…',
    uploaded: 'Angehängte Datei: {{name}}',
    download: '{{name}} herunterladen',
  },
};
