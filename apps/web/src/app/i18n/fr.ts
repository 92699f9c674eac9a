export const shellFr = {
  app: {
    name: 'Passerelle',
    tagline: 'Les partenariats internationaux des collectivités territoriales',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Les six étapes de la méthode',
    partnershipSteps: 'Les six étapes de ce partenariat',
    menu: 'Menu',
  },
  language: {
    label: 'Langue',
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
    conventionTabs: {
      label: 'Pages de l’étape 5',
      motivations: 'Motivations croisées',
      convention: 'Convention',
      dialogue: 'Plan de dialogue',
    },
    asksTitle: 'Ce que la méthode demande avant l’étape suivante',
    watchTitle: 'Points d’attention',
    previous: '← Étape précédente : {{title}}',
    next: 'Étape suivante : {{title}} →',
    stepLabel: 'Étape {{number}}',
    backToPartnership: 'Retour au partenariat « {{title}} »',
    comingTitle: 'Dans Passerelle',
    coming: 'Les écrans de cette étape s’ouvrent avec les partenariats de votre collectivité.',
  },
  notFound: {
    title: 'Page introuvable',
    body: 'Cette adresse ne correspond à aucune page.',
    backHome: 'Retour à l’accueil',
  },
  routeError: {
    title: 'Page indisponible',
    body: 'Cette page n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
    reload: 'Recharger la page',
  },
  errors: {
    generic: 'Une erreur est survenue. Réessayez dans un instant.',
  },
  common: {
    loading: 'Chargement…',
    noValue: '—',
    cancel: 'Annuler',
    close: 'Fermer',
  },
  dateEntry: {
    day: 'jj',
    month: 'mm',
    year: 'aaaa',
    format: 'Format : {{format}}',
    unreadable: 'Date non reconnue : écrivez-la sous la forme {{format}}.',
    calendar: 'Choisir la date dans un calendrier',
    timeFormat: 'Format : hh:mm, sur 24 heures',
    timeUnreadable: 'Heure non reconnue : écrivez-la sous la forme hh:mm, par exemple 14:30.',
  },
  formDialog: {
    discard: {
      title: 'Fermer sans enregistrer ?',
      body: 'Ce que vous avez saisi dans ce formulaire sera perdu.',
      keep: 'Continuer la saisie',
      discard: 'Fermer sans enregistrer',
    },
  },
  nav: {
    label: 'Menu principal',
    odaDeclaration: 'Déclaration APD',
    portfolio: 'Tableau de bord',
    partnerships: 'Partenariats',
    motivationReviews: 'À relire',
    users: 'Utilisateurs',
    audit: 'Journal d’audit',
    directory: 'Annuaire',
    directoryProfile: 'Profil dans l’annuaire',
    territoryActors: 'Acteurs du territoire',
    receivedInvitations: 'Invitations reçues',
    changePassword: 'Mot de passe',
  },
  session: {
    label: 'Votre session',
    organisation: 'Collectivité',
    role: 'Rôle',
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    signOutWaiting: {
      title: 'Des enregistrements attendent d’être envoyés',
      body_one:
        '{{count}} enregistrement fait sur cet appareil n’est pas encore envoyé. Il y reste, et partira quand vous vous reconnecterez sur cet appareil.',
      body_other:
        '{{count}} enregistrements faits sur cet appareil ne sont pas encore envoyés. Ils y restent, et partiront quand vous vous reconnecterez sur cet appareil.',
      stay: 'Rester connecté',
      see: 'Voir ce qui attend',
      confirm: 'Se déconnecter quand même',
    },
  },
  roles: {
    admin: 'Administrateur',
    officer: 'Chargé de mission',
    elected: 'Élu',
    contributor: 'Contributeur',
    viewer: 'Lecteur',
  },
  home: {
    title: 'Bienvenue sur Passerelle',
    intro:
      'Passerelle accompagne votre collectivité à chaque étape d’une coopération décentralisée ou d’un jumelage : de la volonté d’engagement jusqu’aux actions communes avec vos partenaires.',
    methodTitle: 'La méthode en six étapes',
    signedOut: 'Connectez-vous pour retrouver les partenariats de votre collectivité.',
    yourPartnerships: 'Vos partenariats',
    seeAll: 'Tous les partenariats',
    dashboard: 'Ouvrir le tableau de bord',
    signInLink: 'Aller à la page de connexion',
  },
  forbidden: {
    title: 'Accès réservé',
    body: 'Votre rôle ne donne pas accès à cette page.',
  },
  organisationKinds: {
    commune: 'Commune',
    inter_municipal_body: 'Intercommunalité',
    department: 'Département',
    region: 'Région',
    province: 'Province',
    state_level: 'Échelon de l’État ou fédéré',
    other: 'Autre',
  },
  stepper: {
    title: 'Avancement du partenariat',
    stepPrefix: 'Étape {{number}} :',
    statuses: {
      done: 'Terminée',
      current: 'En cours',
      todo: 'À faire',
      blocked: 'Bloquée',
    },
    criteriaOf: 'Critères de l’étape « {{title}} »',
    met: 'Rempli',
    missing: 'Manquant',
    why: 'Pourquoi ?',
    requires: 'À remplir d’abord :',
    blockedBy: 'Étape bloquée :',
    warnings: 'Points d’attention',
    warningsIntro: 'Ils ne bloquent rien, mais la méthode recommande d’y veiller.',
    noWarnings: 'Aucun point d’attention pour l’instant.',
    warningStep: 'Étape {{number}} · {{title}}',
    subject: {
      visit: {
        to_partner: 'Mission chez le partenaire, {{dates}}',
        from_partner: 'Accueil d’une délégation partenaire, {{dates}}',
      },
      channel: 'Canal : {{channel}} ({{audience}})',
      audience: 'Échanges avec : {{audience}}',
      dueOn: 'attendu le {{date}}',
    },
    fix: {
      dialogue: 'Convenir des modalités du dialogue',
      motivations: 'Rédiger vos motivations',
      review: 'Faire relire vos motivations par un·e élu·e',
      share: 'Partager vos motivations avec les partenaires',
      stakes: 'Identifier les enjeux du territoire',
      contributions: 'Indiquer ce que le territoire peut apporter',
      territoryActors: 'Consulter les acteurs du territoire',
      candidates: 'Rechercher et suivre des collectivités candidates',
      presentation: 'Rédiger la présentation de votre collectivité',
      visits: 'Planifier ou consigner une mission de délégation',
      compatibility: 'Faire vérifier la compatibilité des motivations par les élus',
      priorities: 'Fixer ensemble les priorités du partenariat',
      convention: 'Négocier, approuver et signer la convention',
      actions: 'Lancer une première action concrète',
      budget: 'Identifier les financements d’une action',
      indicators: 'Faire valider les indicateurs par chaque partie',
    },
    pageLinks: {
      convention: 'Conventionner et dialoguer : motivations croisées, convention et plan de dialogue',
      actions: 'Passer aux actions : les actions communes, leur budget, leurs indicateurs et leur suivi',
    },
  },
  actorKinds: {
    association: 'Association',
    ngo: 'ONG',
    school: 'Établissement scolaire',
    university: 'Université',
    hospital: 'Hôpital',
    religious_body: 'Organisation religieuse',
    diaspora_group: 'Diaspora',
    company: 'Entreprise',
    other: 'Autre',
  },
  themes: {
    governance: 'gouvernance locale',
    water_sanitation: 'eau et assainissement',
    heritage: 'patrimoine',
    culture: 'culture',
    health: 'santé',
    education: 'éducation',
    urban_planning: 'urbanisme',
    waste: 'déchets',
    tourism: 'tourisme',
    economic_development: 'développement économique',
    youth_mobility: 'mobilité des jeunes',
    climate: 'climat',
  },
  timeZoneAreas: {
    Africa: 'Afrique',
    America: 'Amériques',
    Antarctica: 'Antarctique',
    Arctic: 'Arctique',
    Asia: 'Asie',
    Atlantic: 'Océan Atlantique',
    Australia: 'Australie',
    Europe: 'Europe',
    Indian: 'Océan Indien',
    Pacific: 'Océan Pacifique',
    other: 'Temps universel et autres',
  },
  validation: {
    summary: 'Certains champs sont à corriger.',
    required: 'Ce champ est obligatoire.',
    email: 'Saisissez une adresse e-mail valide.',
    minLength: 'Trop court : au moins {{min}} caractères.',
    maxLength: 'Trop long : au plus {{max}} caractères.',
    choice: 'Choisissez une valeur de la liste.',
    countryCode: 'Choisissez un pays dans la liste.',
    timeZone: 'Fuseau horaire inconnu : utilisez un fuseau IANA (par exemple Europe/Paris).',
    languages: 'Saisissez des codes de langue BCP 47 séparés par des virgules (par exemple fr, bm).',
    atLeastOne: 'Indiquez au moins une valeur.',
    tooMany: 'Trop de valeurs.',
    date: 'Saisissez une date valide.',
    min: 'Trop petit : au moins {{min}}.',
    max: 'Trop grand : au plus {{max}}.',
    invalid: 'Valeur invalide.',
  },
  problems: {
    AUTH: {
      UNAUTHENTICATED: 'Votre session a expiré. Reconnectez-vous.',
      INVALID_CREDENTIALS: 'E-mail ou mot de passe incorrect.',
      WRONG_CURRENT_PASSWORD: 'Le mot de passe actuel est incorrect.',
      PASSWORD_TOO_COMMON:
        'Ce mot de passe fait partie des plus utilisés, ou se répète trop : choisissez-en un autre.',
      PASSWORD_CONTAINS_IDENTITY:
        'Ce mot de passe contient votre adresse e-mail ou le nom de votre collectivité : choisissez-en un autre.',
      FORBIDDEN: 'Votre rôle ne permet pas cette action.',
      CSRF_INVALID: 'Votre session a changé. Rechargez la page puis réessayez.',
    },
    REQUEST: {
      VALIDATION_FAILED: 'Certains champs sont à corriger.',
      TOO_MANY: 'Trop de demandes. Réessayez plus tard.',
    },
    RESOURCE: {
      NOT_FOUND: 'Cet élément est introuvable.',
      CONFLICT:
        'Quelqu’un a modifié cet élément entre-temps. Les données ont été rechargées : vérifiez-les puis recommencez.',
    },
    INVITATION: {
      NOT_FOUND: 'Cette invitation n’existe pas. Vérifiez le lien reçu par e-mail.',
      EXPIRED:
        'Cette invitation a expiré. Demandez à la personne qui vous a invité de vous en envoyer une nouvelle.',
      ALREADY_USED: 'Cette invitation a déjà été utilisée. Connectez-vous avec votre compte.',
      REVOKED: 'Cette invitation a été retirée par la collectivité qui l’avait envoyée.',
      EMAIL_ALREADY_REGISTERED: 'Cette adresse e-mail a déjà un compte sur Passerelle.',
      ALREADY_PENDING: 'Une invitation est déjà en attente pour cette adresse.',
    },
    USER: {
      LAST_ADMIN: 'La collectivité doit garder au moins un administrateur actif.',
      CANNOT_CHANGE_SELF: 'Vous ne pouvez ni changer votre propre rôle ni désactiver votre compte.',
    },
    PARTNERSHIP: {
      ALREADY_PARTY: 'Cette collectivité prend déjà part à ce partenariat.',
    },
    TERRITORY_ACTOR: {
      DUPLICATE_NAME: 'Un acteur de ce nom figure déjà dans l’annuaire.',
    },
    FILE: {
      MISSING: 'Choisissez un fichier à envoyer.',
      TOO_LARGE: 'Ce fichier est trop volumineux.',
      TYPE_NOT_ALLOWED: 'Seuls les fichiers PDF, PNG, JPEG et WebP sont acceptés.',
      TYPE_MISMATCH:
        'Le contenu de ce fichier ne correspond pas à son nom ou à son type : il a été refusé par précaution.',
      NOT_ATTACHABLE: 'Ce fichier n’appartient pas à ce partenariat.',
    },
    REMINDER: {
      OPT_OUT_NOT_ALLOWED:
        'Les rappels de fin de convention ne peuvent pas être désactivés : ils restent cochés.',
      NOT_FAILED: 'Ce rappel n’est pas en échec : il est déjà en cours d’envoi ou a été envoyé.',
    },
    CALENDAR_FEED: {
      NOT_FOUND: 'Cette adresse d’agenda n’existe pas ou ne fonctionne plus.',
    },
    SHARE_LINK: {
      NOT_FOUND: 'Ce lien de présentation n’existe pas. Vérifiez l’adresse reçue.',
      EXPIRED:
        'Ce lien de présentation a expiré. Demandez à la collectivité qui vous l’a envoyé de vous en adresser un nouveau.',
      REVOKED: 'Ce lien de présentation a été retiré par la collectivité qui l’avait envoyé.',
    },
    PRESENTATION: {
      NO_TEXT_IN_LANGUAGE:
        'La présentation n’a pas encore de texte dans cette langue : rédigez-la avant de l’imprimer ou de la partager.',
    },
  },
};
