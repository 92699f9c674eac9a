export const partnershipStatusFr = {
  partnershipStatus: {
    title: 'Statut du partenariat',
    badges: {
      active: 'Actif',
      suspended: 'Suspendu',
      noticeRunning: 'Préavis en cours',
      terminated: 'Terminé',
    },
    active: 'Le partenariat est actif.',
    suspendedSince: 'Le partenariat est suspendu depuis le {{date}}.',
    suspendedEffect:
      'Les étapes sont en pause jusqu’à sa reprise ; tout ce qui a été fait reste consultable par chaque partie.',
    noticeRunning:
      'Il a été mis fin au partenariat le {{decidedOn}}. Le préavis court : la fin prend effet le {{effectiveOn}}.',
    terminated: 'Le partenariat a pris fin le {{effectiveOn}}.',
    frozen:
      'Plus rien ne peut y être modifié ; son historique reste consultable par chaque partie. Rien n’a été supprimé.',
    reason: 'Motif',
    decidedOn: 'Décision prise le',
    noticeGivenOn: 'Préavis donné le',
    effectiveOn: 'Date d’effet',
    fatesTitle: 'Sort des actions en cours',
    noActionDecisions: 'Aucune action n’était en cours.',
    unknownAction: 'Action sans intitulé connu',
    fateOf: '{{title}} : {{fate}}',
    fates: {
      complete_during_notice: 'menée à son terme pendant le préavis',
      hand_over: 'transmise à un autre porteur',
      stop: 'arrêtée (action annulée)',
    },
    fateChoices: {
      none: '— Choisir —',
      complete_during_notice: 'la mener à son terme pendant le préavis',
      hand_over: 'la transmettre à un autre porteur',
      stop: 'l’arrêter (elle sera annulée)',
    },
    actionStatuses: {
      planned: 'Action prévue',
      in_progress: 'Action en cours',
      on_hold: 'Action en pause',
      completed: 'Action terminée',
      cancelled: 'Action annulée',
    },
    conflict:
      'Le partenariat a changé entre-temps : son statut a été rechargé, vérifiez-le puis recommencez si besoin.',
    cancel: 'Annuler',
    suspend: {
      open: 'Suspendre le partenariat',
      title: 'Suspendre le partenariat',
      intro:
        'Indiquez pourquoi. Les autres parties en seront informées par courriel ; le partenariat pourra reprendre ensuite.',
      reason: 'Motif de la suspension',
      reasonRequired: 'Indiquez le motif de la suspension.',
      submit: 'Confirmer la suspension',
      done: 'Le partenariat est suspendu. Les autres parties en sont informées par courriel.',
    },
    resume: {
      submit: 'Reprendre le partenariat',
      done: 'Le partenariat a repris.',
    },
    terminate: {
      open: 'Mettre fin au partenariat',
      title: 'Mettre fin au partenariat',
      intro:
        'Aucune convention ne lie les parties : y mettre fin est un acte simple, à effet immédiat, jamais une suppression — un motif et une décision pour chaque action en cours. L’historique reste consultable par chaque partie. Une fin avec préavis passe par la rupture négociée ci-dessous.',
      reason: 'Motif de la fin du partenariat',
      reasonRequired: 'Indiquez le motif de la fin du partenariat.',
      noticeGivenOn: 'Préavis donné le',
      noticeGivenOnHint: 'Le jour où le partenaire a été prévenu, aujourd’hui au plus tard.',
      effectiveOn: 'Date d’effet de la fin',
      abandonHint: 'Effet immédiat : une fin différée, avec préavis, passe par la rupture négociée.',
      dateRequired: 'Indiquez une date.',
      noticeTooShort_one:
        'Le préavis dû au partenaire est de {{count}} jour ; les dates choisies n’en laissent que {{given}}.',
      noticeTooShort_other:
        'Le préavis dû au partenaire est de {{count}} jours ; les dates choisies n’en laissent que {{given}}.',
      noticeInFuture: 'Le préavis doit avoir été donné aujourd’hui au plus tard.',
      actionsTitle: 'Sort des actions en cours',
      actionsIntro: 'Décidez de ce que devient chacune : aucun projet n’est interrompu sans décision.',
      noOngoingActions: 'Aucune action n’est en cours.',
      actionFate: 'Sort de l’action « {{title}} »',
      decisionRequired: 'Choisissez le sort de cette action.',
      decisionsMissing_one:
        'Décidez du sort de chaque action en cours avant de mettre fin au partenariat : {{count}} action attend encore une décision.',
      decisionsMissing_other:
        'Décidez du sort de chaque action en cours avant de mettre fin au partenariat : {{count}} actions attendent encore une décision.',
      review: 'Vérifier avant de confirmer',
      confirmTitle: 'Confirmer la fin du partenariat',
      confirmText:
        'Préavis donné le {{noticeGivenOn}}, fin effective le {{effectiveOn}}. Les autres parties en seront informées par courriel.',
      confirmFinal: 'Cette décision est définitive : le partenariat ne pourra plus être modifié ni repris.',
      confirm: 'Confirmer la fin du partenariat',
      back: 'Revenir au formulaire',
      done: 'Il a été mis fin au partenariat. Les autres parties en sont informées par courriel.',
    },
  },
  rupture: {
    title: 'Rupture négociée',
    none: 'Aucune rupture n’est envisagée. Mettre fin à un partenariat lié par une convention passe par ces étapes : proposition au partenaire et négociation, délibération de l’assemblée délibérante, préavis pendant lequel le partenariat continue, puis fin.',
    stages: {
      negotiating: 'Négociation en cours',
      notice: 'Préavis en cours',
      withdrawn: 'Rupture retirée',
      ended: 'Rupture effective',
    },
    proposed: 'Rupture proposée par {{party}} le {{date}}.',
    deliberation: 'Délibération',
    deliberationText: '{{body}}, délibération {{reference}} du {{date}}',
    awaiting: 'En attente de la réponse de : {{parties}}.',
    heard: 'Le partenaire a répondu.',
    decisionFrom:
      'La délibération pourra être enregistrée à partir du {{date}} (ou dès la réponse du partenaire).',
    decisionOpen: 'La délibération peut être enregistrée.',
    noticeRuns_one:
      'Le partenariat continue pendant le préavis — échanges, actions à achever, réponses du partenaire — et prendra fin automatiquement le {{date}} (encore {{count}} jour).',
    noticeRuns_other:
      'Le partenariat continue pendant le préavis — échanges, actions à achever, réponses du partenaire — et prendra fin automatiquement le {{date}} (encore {{count}} jours).',
    withdrawn: 'Retirée le {{date}} : {{reason}}',
    noDeliberation:
      'Fin décidée avant que Passerelle n’enregistre les délibérations : aucune référence connue.',
    responses: 'Réponses du partenaire',
    response: '{{party}}, le {{date}} :',
    textRequired: 'Ce champ est obligatoire.',
    propose: {
      open: 'Proposer une rupture au partenaire',
      title: 'Proposer une rupture',
      intro:
        'Le partenaire en est informé aussitôt par courriel et peut répondre ici. Aucune décision n’est prise à ce stade : la rupture se négocie.',
      reason: 'Pourquoi envisager la fin du partenariat ?',
      submit: 'Informer le partenaire et ouvrir la négociation',
      done: 'La rupture est proposée : le partenaire en est informé et peut répondre.',
    },
    respond: {
      open: 'Répondre à la proposition de rupture',
      title: 'Votre réponse',
      intro: 'Votre réponse est versée au dossier et transmise à l’autre partie avant sa décision.',
      text: 'Réponse de votre collectivité',
      submit: 'Envoyer la réponse',
      done: 'Votre réponse est enregistrée et transmise.',
    },
    withdraw: {
      open: 'Retirer la proposition de rupture',
      title: 'Retirer la proposition',
      intro: 'La négociation a permis de poursuivre : le partenaire en est informé.',
      reason: 'Pourquoi la rupture est retirée',
      submit: 'Retirer la proposition',
      done: 'La proposition de rupture est retirée : le partenariat continue.',
    },
    decide: {
      open: 'Enregistrer la délibération',
      title: 'Délibération de l’assemblée délibérante',
      intro:
        'La fin est décidée par votre assemblée délibérante : indiquez sa délibération. Un·e élu·e ou l’agent qui en fait état peut l’enregistrer. Le préavis commence ; le partenariat continue jusqu’à la date d’effet.',
      body: 'Assemblée délibérante',
      bodyHint: 'Par exemple : conseil municipal, conseil départemental, conseil communautaire.',
      reference: 'Référence de la délibération',
      adoptedOn: 'Délibération adoptée le',
      effectiveOnHint_one: 'Au plus tôt le {{date}} : le préavis dû est de {{count}} jour.',
      effectiveOnHint_other: 'Au plus tôt le {{date}} : le préavis dû est de {{count}} jours.',
      incomplete:
        'Indiquez l’assemblée, la référence et les dates de la délibération, et le sort de chaque action en cours.',
      submit: 'Enregistrer la délibération et donner le préavis',
      done: 'La délibération est enregistrée : le préavis court, le partenaire en est informé.',
    },
  },
};
