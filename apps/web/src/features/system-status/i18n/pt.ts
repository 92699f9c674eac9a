import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { systemStatusFr } from './fr';

export const systemStatusPt: Catalogue<typeof systemStatusFr> = {
  status: {
    title: 'Estado do sistema',
    loading: 'A verificar os serviços…',
    unreachable: 'O servidor não responde.',
    allUp: 'Todos os serviços estão a funcionar.',
    someDown: 'Um serviço está indisponível: algumas funções podem falhar.',
    database: 'Base de dados PostgreSQL',
    redis: 'Fila de tarefas Redis',
    up: 'em funcionamento',
    down: 'fora de serviço',
    latency: '{{ms}} ms',
  },
};
