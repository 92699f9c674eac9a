export const iatiFr = {
  iati: {
    title: 'Fichier d’activités IATI',
    intro:
      'Le fichier IATI (norme 2.03) publie vos actions de coopération financées sur votre budget propre : une activité par action, avec ses partenaires, ses secteurs, ses pays, son budget, ses engagements et versements, et ses indicateurs.',
    identifierIs: 'Identifiant IATI de votre collectivité :',
    missingIdentifier: {
      title: 'Votre collectivité n’a pas encore d’identifiant IATI.',
      why: 'Chaque activité publiée porte un identifiant qui commence par celui de la collectivité qui publie : sans lui, aucun fichier ne peut être produit.',
      how: 'Cet identifiant associe le préfixe d’un registre reconnu par IATI et le numéro qu’il vous donne, par exemple FR-SIRET- suivi du SIRET de la collectivité. L’administrateur de votre collectivité le saisit sur cette page ou sur la page Profil dans l’annuaire.',
    },
    identifier: {
      title: 'Identifiant IATI de la collectivité',
      label: 'Identifiant d’organisation IATI',
      hint: 'Préfixe du registre, tiret, numéro : par exemple FR-SIRET-21490007800012. Sans espace ni / & | ?. Laissez vide pour l’effacer.',
      submit: 'Enregistrer l’identifiant',
      saved: 'Identifiant IATI enregistré.',
      cleared: 'Identifiant IATI effacé.',
      askAdministrator: 'L’identifiant IATI de la collectivité est saisi par son administrateur.',
    },
    issues: {
      title_one: 'Ce qui manque ({{count}})',
      title_other: 'Ce qui manque ({{count}})',
      none: 'Rien ne manque : toutes vos actions financées sont publiées complètes.',
      leftOut: 'action non publiée tant que ce n’est pas complété',
      codes: {
        organisation_identifier_missing: 'Identifiant IATI de la collectivité manquant',
        action_description_missing: 'Description de l’action manquante',
        action_sectors_missing: 'Secteurs CAD de l’action manquants',
        action_start_missing: 'Date de début de l’action manquante',
        line_period_missing: 'Ligne budgétaire sans période : pas de budget publié pour elle',
        line_period_over_a_year:
          'Ligne budgétaire sur plus d’un an : IATI veut un budget par période d’un an au plus',
        line_currency_unknown: 'Ligne budgétaire dans une devise inconnue',
        transaction_in_future: 'Engagement ou versement daté dans le futur : publié une fois la date passée',
      },
    },
    download: {
      title: 'Télécharger le fichier',
      summary: '{{published}} action(s) publiée(s) sur {{funded}} financée(s) sur votre budget propre.',
      counts: '{{budgets}} budget(s), {{transactions}} transaction(s), {{indicators}} indicateur(s)',
      xml: 'Télécharger le fichier IATI (XML)',
      needsIdentifier: 'Le téléchargement sera possible une fois l’identifiant IATI saisi.',
      nothing: 'Aucune action ne peut encore être publiée : complétez ce qui manque ci-dessus.',
      version: 'Norme IATI {{version}}, listes de codes du {{codeLists}}.',
    },
  },
};
