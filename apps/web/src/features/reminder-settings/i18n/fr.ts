export const reminderSettingsFr = {
  reminderSettings: {
    title: 'Rappels et agenda',
    intro:
      'Choisissez les rappels que vous recevez par e-mail et dans vos notifications, et abonnez votre agenda à vos missions et échanges à venir.',
    preferencesTitle: 'Rappels reçus',
    preferencesIntro:
      'Un rappel décoché ne vous est plus envoyé, ni par e-mail ni dans vos notifications. Les e-mails ne partent jamais entre {{quietStart}} et {{quietEnd}}, heure de votre collectivité : ils attendent le matin.',
    preferencesLegend: 'Je reçois les rappels suivants',
    mandatory:
      'Toujours envoyé : la fin d’une convention engage votre collectivité, ce rappel ne peut pas être désactivé.',
    save: 'Enregistrer mes préférences',
    saved: 'Vos préférences de rappel sont enregistrées.',
    days_one: '{{count}} jour',
    days_other: '{{count}} jours',
    kinds: {
      'dialogue-due': {
        label: 'Échange de dialogue à tenir',
        hint: '{{days}} avant la date où un échange est attendu avec les élus, les techniciens ou les acteurs du territoire, selon le rythme convenu avec le partenaire.',
      },
      'dialogue-overdue': {
        label: 'La relation s’endort',
        hint: 'Quand un échange attendu n’a pas eu lieu à la date prévue.',
      },
      'visit-upcoming': {
        label: 'Mission à venir',
        hint: '{{days}} avant le début d’une mission ou de l’accueil d’une délégation.',
      },
      'visit-report-missing': {
        label: 'Compte rendu de mission attendu',
        hint: '{{days}} après la fin d’une mission dont le compte rendu n’est pas encore rédigé.',
      },
      'convention-expiring': {
        label: 'Échéance de la convention',
        hint: '{{days}} avant la date de fin de la convention.',
      },
      'convention-tacit-renewal': {
        label: 'Reconduction tacite de la convention',
        hint: '{{days}} avant le dernier jour pour s’opposer à la reconduction tacite de la convention.',
      },
      'funding-call-closing': {
        label: 'Clôture d’un appel à projets',
        hint: '{{days}} avant la clôture d’un appel auquel une candidature est encore en brouillon.',
      },
      'funding-report-due': {
        label: 'Rapport attendu par un financeur',
        hint: '{{days}} avant la date d’un rapport dû sur une subvention accordée.',
      },
    },
    calendarTitle: 'Agenda personnel',
    calendarIntro:
      'Une adresse d’abonnement (iCalendar) pour retrouver dans votre agenda les missions à venir et les prochains échanges de dialogue de vos partenariats. Gardez-la pour vous : quiconque la connaît peut lire ces événements.',
    calendarNone: 'Vous n’avez pas d’adresse d’agenda active.',
    calendarActive: 'Une adresse d’agenda est active depuis le {{date}}.',
    calendarCreate: 'Créer une adresse d’agenda',
    calendarReplace: 'Remplacer l’adresse',
    calendarReplaceHint:
      'Une nouvelle adresse est créée et l’actuelle cesse aussitôt de fonctionner : utile si elle a pu être communiquée à quelqu’un.',
    calendarRevoke: 'Révoquer l’adresse',
    calendarRevokeHint: 'L’adresse cesse aussitôt de fonctionner ; votre agenda ne se mettra plus à jour.',
    calendarCreated: 'Votre adresse d’agenda est créée.',
    calendarReplaced: 'Une nouvelle adresse d’agenda est créée : l’ancienne ne fonctionne plus.',
    calendarRevoked: 'Votre adresse d’agenda est révoquée : elle ne fonctionne plus.',
    calendarUrl: 'Adresse de votre agenda',
    calendarUrlHint:
      'Copiez-la maintenant : elle ne sera plus affichée. Si vous la perdez, remplacez-la par une nouvelle.',
    calendarCopy: 'Copier l’adresse',
    calendarCopied: 'Adresse copiée.',
    calendarCopyFailed: 'La copie a échoué : sélectionnez l’adresse et copiez-la vous-même.',
    calendarOpen: 'Ouvrir dans mon application d’agenda',
    subscribeTitle: 'S’abonner depuis votre agenda',
    subscribeOutlook:
      'Outlook : Ajouter un calendrier, puis « S’abonner à partir du web » (ou « À partir d’Internet »), et collez l’adresse.',
    subscribeThunderbird:
      'Thunderbird : Nouvel agenda, « Sur le réseau », collez l’adresse et choisissez le format iCalendar (ICS).',
    subscribeGoogle:
      'Google Agenda : à côté de « Autres agendas », « + » puis « À partir de l’URL », et collez l’adresse. Google ne relit l’agenda que toutes les quelques heures.',
  },
};
