import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { devMailFr } from './fr';

export const devMailPt: Catalogue<typeof devMailFr> = {
  devMail: {
    title: 'Mensagens capturadas (desenvolvimento)',
    intro: 'Em desenvolvimento, nenhuma mensagem sai da máquina: eis as que a aplicação enviou.',
    empty: 'Ainda não há mensagens.',
    unavailable: 'A caixa de captura de mensagens só existe em desenvolvimento.',
    restricted:
      'As mensagens capturadas leem-se a partir da máquina do servidor, ou com sessão iniciada como administrador.',
    from: 'De',
    to: 'Para',
    subject: 'Assunto',
    receivedAt: 'Recebida em',
    back: 'Voltar à lista',
  },
};
