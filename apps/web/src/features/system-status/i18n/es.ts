import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { systemStatusFr } from './fr';

export const systemStatusEs: Catalogue<typeof systemStatusFr> = {
  status: {
    title: 'Estado del sistema',
    loading: 'Comprobando los servicios…',
    unreachable: 'El servidor no responde.',
    allUp: 'Todos los servicios funcionan.',
    someDown: 'Un servicio no está disponible: algunas funciones pueden fallar.',
    database: 'Base de datos PostgreSQL',
    redis: 'Cola de tareas Redis',
    up: 'en servicio',
    down: 'fuera de servicio',
    latency: '{{ms}} ms',
  },
};
