export const systemStatusFr = {
  status: {
    title: 'État du système',
    loading: 'Vérification des services…',
    unreachable: 'Le serveur ne répond pas.',
    allUp: 'Tous les services fonctionnent.',
    someDown: 'Un service est indisponible : certaines fonctions peuvent échouer.',
    database: 'Base de données PostgreSQL',
    redis: 'File de tâches Redis',
    up: 'en service',
    down: 'hors service',
    latency: '{{ms}} ms',
  },
};
