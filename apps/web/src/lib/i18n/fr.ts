/** French, the product's default language. Every visible string has its key here first. */
export const fr = {
  app: {
    name: 'Passerelle',
    tagline: 'Les partenariats internationaux des collectivités territoriales',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Étapes du partenariat',
    home: 'Accueil',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  home: {
    title: 'Bienvenue sur Passerelle',
    intro:
      'Passerelle accompagne votre collectivité à chaque étape d’une coopération décentralisée ou d’un jumelage : de la volonté d’engagement jusqu’aux actions communes avec vos partenaires.',
    methodTitle: 'La méthode en six étapes',
  },
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
  steps: {
    COMMITMENT: {
      title: 'Construire l’engagement',
      summary:
        'Clarifier les motivations, associer les acteurs du territoire, identifier les enjeux et ce que le territoire peut apporter, puis faire valider par les élus.',
    },
    PARTNER_SEARCH: {
      title: 'Rechercher des partenaires',
      summary:
        'S’appuyer sur les réseaux des acteurs du territoire, les réseaux de collectivités, la bourse aux partenariats et les rencontres fortuites.',
    },
    PRESENTATION: {
      title: 'Savoir se présenter',
      summary:
        'Un document qui expose les motivations, le territoire et ses acteurs, les enjeux où la coopération aiderait et ce que la collectivité peut apporter.',
    },
    INITIATION: {
      title: 'Initier la relation',
      summary:
        'Des missions réciproques sur les deux territoires, avec des délégations restreintes mais diverses : élus, techniciens, acteurs du territoire.',
    },
    CONVENTION: {
      title: 'Conventionner et dialoguer',
      summary:
        'Mettre les motivations des deux parties sur la table, fixer les priorités, signer la convention et prévoir un dialogue régulier pour que la relation ne s’endorme pas.',
    },
    ACTIONS: {
      title: 'Passer aux actions',
      summary:
        'Prioriser les actions, monter les projets, chercher des cofinancements et lancer tôt de petites actions concrètes, visibles des habitants.',
    },
    stepLabel: 'Étape {{number}}',
    comingTitle: 'Dans Passerelle',
    coming: 'Les écrans de cette étape s’ouvrent avec les partenariats de votre collectivité.',
  },
  devMail: {
    title: 'Courriels capturés (développement)',
    intro: 'En développement, aucun courriel ne quitte la machine : voici ceux que l’application a envoyés.',
    empty: 'Aucun courriel pour l’instant.',
    unavailable: 'Le puits de courriels n’existe qu’en développement.',
    from: 'De',
    to: 'À',
    subject: 'Objet',
    receivedAt: 'Reçu le',
    back: 'Retour à la liste',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne correspond à aucune page.',
    backHome: 'Retour à l’accueil',
  },
  errors: {
    generic: 'Une erreur est survenue. Réessayez dans un instant.',
  },
};

/** The shape every other language must match, key for key. */
export type Messages = typeof fr;
