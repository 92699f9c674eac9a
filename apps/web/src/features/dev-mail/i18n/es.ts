import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { devMailFr } from './fr';

export const devMailEs: Catalogue<typeof devMailFr> = {
  devMail: {
    title: 'Correos capturados (desarrollo)',
    intro: 'En desarrollo, ningún correo sale de la máquina: estos son los que ha enviado la aplicación.',
    empty: 'Ningún correo por ahora.',
    unavailable: 'La captura de correos solo existe en desarrollo.',
    restricted:
      'Los correos capturados se leen desde la máquina del servidor, o con una sesión de administración.',
    from: 'De',
    to: 'Para',
    subject: 'Asunto',
    receivedAt: 'Recibido el',
    back: 'Volver a la lista',
  },
};
