export const presentationFr = {
  presentation: {
    open: 'Savoir se présenter : la présentation de votre collectivité, en français et en anglais, à imprimer ou à partager',
    readOnly: 'Votre rôle permet de consulter la présentation, pas de la modifier.',
    completenessTitle: 'Complétude',
    completenessList: 'Sections du texte français',
    complete: 'Les quatre sections du texte français enregistré sont rédigées.',
    incomplete: '{{written}} sections rédigées sur {{total}} dans le texte français enregistré.',
    sectionState: '{{section}} : {{state}}',
    sectionWritten: 'rédigée',
    sectionMissing: 'à rédiger',
    textTitle: 'Texte de la présentation',
    textIntro:
      'Ce texte présente votre collectivité aux partenaires possibles : vos motivations, votre territoire et ses acteurs, vos enjeux et ce que vous pouvez apporter.',
    language: 'Langue de la présentation',
    languageHint:
      'Le français est le texte principal : la complétude se mesure sur lui. L’anglais en est la traduction, pour les partenaires à l’étranger.',
    languages: {
      fr: 'Français',
      en: 'Anglais',
    },
    fillFromDraft: 'Reprendre le brouillon',
    fillFromDraftHint:
      'Remplit les champs vides avec un brouillon rédigé en français à partir de votre dossier de l’étape 1.',
    draftApplied: 'Brouillon repris dans les champs vides : {{sections}}. Relisez-les, puis enregistrez.',
    draftNothing: 'Aucun champ vide à remplir depuis le brouillon.',
    save: 'Enregistrer la présentation',
    saved: 'Présentation enregistrée ({{language}}).',
    conflict:
      'Quelqu’un a modifié la présentation entre-temps. Le texte enregistré a été rechargé : vérifiez-le, puis saisissez de nouveau vos modifications.',
    documentsTitle: 'Documents',
    documentsIntro: 'Le PDF et la version imprimable reprennent le texte enregistré.',
    pdfFr: 'Télécharger le PDF (français)',
    pdfEn: 'Télécharger le PDF (anglais)',
    noTextYet:
      'Pas encore de PDF : la présentation n’a de texte dans aucune langue. Un PDF est proposé dans chaque langue où elle est rédigée.',
    printView: 'Version imprimable',
    printViewLanguage: '(langue : {{language}})',
    backToEditor: 'Retour à la présentation',
    print: 'Imprimer',
  },
  presentationSections: {
    motivations: 'Nos motivations',
    territory_and_actors: 'Notre territoire et ses acteurs',
    stakes: 'Nos enjeux',
    contributions: 'Ce que nous pouvons apporter',
  },
  presentationHints: {
    motivations: 'Pourquoi votre collectivité veut coopérer, et ce qu’elle en attend.',
    territory_and_actors: 'Votre territoire, ses habitants et les acteurs qui portent la démarche.',
    stakes: 'Les enjeux de votre territoire pour lesquels la coopération peut être un levier.',
    contributions: 'Les savoir-faire, services ou expériences que vous pouvez partager.',
  },
  presentationDocument: {
    subtitle: 'Présentation de la collectivité',
    empty: 'Section non renseignée.',
  },
  shareLinks: {
    title: 'Liens de partage',
    noTextYet:
      'Rédigez la présentation avant de la partager : un lien est proposé dans chaque langue où elle a du texte.',
    intro:
      'Envoyez à une collectivité candidate un lien vers votre présentation : elle la lit sans compte, sans rien voir d’autre du partenariat. Le lien expire au bout du nombre de jours choisi ; vous pouvez le retirer à tout moment.',
    language: 'Langue du lien',
    days: 'Validité (jours)',
    daysHint: 'De 1 à {{max}} jours.',
    create: 'Créer un lien de partage',
    created:
      'Lien créé ({{language}}), valable jusqu’au {{date}}. Copiez-le maintenant : il ne sera plus affiché.',
    url: 'Lien à envoyer',
    urlHint: 'Affiché une seule fois : Passerelle n’en garde qu’une empreinte.',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    copyFailed: 'La copie a échoué : sélectionnez le lien et copiez-le.',
    listTitle: 'Liens envoyés',
    empty: 'Aucun lien pour l’instant.',
    summary: 'Lien du {{created}} · {{language}}',
    states: {
      active: 'Actif',
      expired: 'Expiré',
      revoked: 'Retiré',
    },
    expiresOn: 'Expire le {{date}}.',
    expiredOn: 'A expiré le {{date}}.',
    revokedOn: 'Retiré le {{date}}.',
    revoke: 'Retirer le lien du {{date}}',
    revoked: 'Le lien du {{date}} est retiré : il ne fonctionne plus.',
  },
};
