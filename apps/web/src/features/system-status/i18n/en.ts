import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { systemStatusFr } from './fr';

export const systemStatusEn: Catalogue<typeof systemStatusFr> = {
  status: {
    title: 'System status',
    loading: 'Checking services…',
    unreachable: 'The server does not answer.',
    allUp: 'All services are running.',
    someDown: 'A service is unavailable: some features may fail.',
    database: 'PostgreSQL database',
    redis: 'Redis job queue',
    up: 'up',
    down: 'down',
    latency: '{{ms}} ms',
  },
};
