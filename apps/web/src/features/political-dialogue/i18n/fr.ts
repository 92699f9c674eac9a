export const politicalDialogueFr = {
  politicalDialogue: {
    title: 'Motivations croisées et priorités communes',
    intro:
      'Chaque partie met ses motivations sur la table : les élus les comparent, disent si elles sont compatibles avec celles de leur collectivité, puis les parties s’accordent sur les priorités que portera la convention.',
    conflict:
      'Quelqu’un a modifié le dialogue politique entre-temps : il a été rechargé, vérifiez puis recommencez.',
    categories: {
      political: 'Politique',
      institutional: 'Institutionnelle',
      technical_sectoral: 'Technique ou sectorielle',
      financial: 'Financière',
      economic: 'Économique',
    },
    frames: {
      humanist: 'Humaniste',
      political: 'Politique',
      pro_domo: 'Pro domo',
    },
    motivations: {
      title: 'Motivations mises sur la table',
      intro:
        'Seules les motivations que chaque partie a partagées figurent ici ; ses motivations internes restent les siennes.',
      noPartner:
        'Aucune collectivité partenaire pour l’instant : la comparaison sera possible dès qu’un partenaire aura rejoint le partenariat.',
      nothingFromPartner:
        '{{parties}} n’a encore partagé aucune motivation : la comparaison sera possible dès que ses motivations seront mises sur la table.',
      yourSide: 'Votre collectivité',
      yoursEmpty: 'Votre collectivité n’a encore partagé aucune motivation.',
      shareYours: 'Partager vos motivations (étape 1)',
      partnerEmpty: '{{party}} n’a encore partagé aucune motivation.',
      frames: 'Référentiels — humaniste : {{humanist}} · politique : {{political}} · pro domo : {{proDomo}}',
      listOf: 'Motivations partagées par {{party}}',
      sharedOn: 'Partagée le {{date}}',
    },
    reviews: {
      title: 'Compatibilité des motivations',
      intro:
        'Les élu·es de chaque partie disent si les motivations mises sur la table sont compatibles avec celles de leur collectivité.',
      listLabel: 'Avis de compatibilité par partie',
      none: 'Aucun avis rendu pour l’instant.',
      verdicts: {
        approved: 'Compatibles',
        changes_requested: 'Ajustements demandés',
      },
      by: 'Avis de {{name}}, le {{date}}.',
      councilDecisionBoth: 'Délibération {{reference}} du {{date}}.',
      councilDecisionRefOnly: 'Délibération {{reference}}.',
      councilDecisionDateOnly: 'Délibération du {{date}}.',
      outdated:
        'Cet avis précède le dernier partage de motivations : il ne compte plus, un nouvel avis est attendu.',
    },
    reviewForm: {
      title: 'Rendre l’avis de {{party}}',
      hint: 'Vous rendez cet avis en tant qu’élu·e, au nom de votre collectivité.',
      replaces:
        'Vous rendez cet avis en tant qu’élu·e, au nom de votre collectivité ; il remplace l’avis précédent.',
      comment: 'Commentaire',
      commentHint: 'Facultatif ; utile pour dire ce qui doit être ajusté.',
      councilDecisionRef: 'Référence de la délibération',
      councilDecisionRefHint: 'Si le conseil s’est prononcé, par exemple DEL-2026-014.',
      councilDecisionOn: 'Date de la délibération',
      compatible: 'Juger les motivations compatibles',
      changesRequested: 'Demander des ajustements',
      done: {
        approved: 'Avis enregistré : les motivations sont jugées compatibles.',
        changes_requested: 'Avis enregistré : des ajustements sont demandés.',
      },
    },
    priorities: {
      title: 'Priorités communes',
      intro:
        'Les priorités que portera la convention. Chacune compte quand toutes les parties l’ont approuvée ; l’accord d’une partie est donné par un·e de ses élu·es.',
      empty: 'Aucune priorité proposée pour l’instant.',
      listLabel: 'Priorités',
      agreedByAll: 'Approuvée par toutes les parties',
      awaitingAll: 'En attente d’accord',
      stakes: 'Enjeux de votre territoire : {{stakes}}',
      otherStakes_one: 'Enjeux du territoire partenaire : {{count}}',
      otherStakes_other: 'Enjeux du territoire partenaire : {{count}}',
      agreementsOf: 'Accord des parties sur « {{title}} »',
      partyAgreed: 'd’accord',
      partyAwaited: 'accord attendu',
      agree: 'Approuver cette priorité',
      agreed: 'Vous avez approuvé la priorité « {{title}} ».',
    },
    priorityForm: {
      title: 'Proposer une priorité',
      hint: 'La priorité est proposée au nom de {{party}}, qui l’approuve d’office ; {{parties}} devra ensuite l’approuver à son tour.',
      titleLabel: 'Intitulé de la priorité',
      titleHint: 'Par exemple : l’accès à l’eau potable dans les quartiers périphériques.',
      titleRequired: 'Indiquez l’intitulé de la priorité.',
      stakes: 'Enjeux de votre territoire auxquels elle répond',
      stakesHint: 'Facultatif : les enjeux identifiés à l’étape 1.',
      noStakes: 'Aucun enjeu enregistré à l’étape 1 pour l’instant.',
      submit: 'Proposer la priorité',
      done: 'Priorité « {{title}} » proposée : elle attend l’accord de {{parties}}.',
    },
    readiness: {
      title: 'Avant d’approuver la convention',
      ready: 'Toutes les conditions de la méthode sont réunies pour approuver la convention.',
      missing: 'La méthode demande encore :',
      listLabel: 'Conditions restant à remplir',
      awaitingYou: 'À faire par votre collectivité.',
      awaitingYouAnd: 'À faire par votre collectivité et par {{parties}}.',
      awaitingOthers: 'Votre collectivité a fait sa part : en attente de {{parties}}.',
    },
  },
};
