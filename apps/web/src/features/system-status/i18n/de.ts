import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { systemStatusFr } from './fr';

export const systemStatusDe: Catalogue<typeof systemStatusFr> = {
  status: {
    title: 'Systemstatus',
    loading: 'Dienste werden geprüft…',
    unreachable: 'Der Server antwortet nicht.',
    allUp: 'Alle Dienste funktionieren.',
    someDown: 'Ein Dienst ist nicht verfügbar: Einige Funktionen können fehlschlagen.',
    database: 'PostgreSQL-Datenbank',
    redis: 'Redis-Aufgabenwarteschlange',
    up: 'in Betrieb',
    down: 'außer Betrieb',
    latency: '{{ms}} ms',
  },
};
