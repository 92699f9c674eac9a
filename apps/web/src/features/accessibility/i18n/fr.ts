export const accessibilityFr = {
  accessibility: {
    title: 'Déclaration d’accessibilité',
    commitment:
      'La collectivité qui met Passerelle à votre disposition s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique à Passerelle.',
    stateTitle: 'État de conformité',
    state:
      'Passerelle est non conforme au référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2 : aucun audit de conformité n’a encore été réalisé, et des défauts connus sont listés ci-dessous.',
    tested:
      'À chaque version, des tests automatiques parcourent toutes les pages, pour chaque rôle, dans un navigateur à 375 pixels de large : aucune page ne déborde de l’écran et chacune a un titre, chaque bouton, champ ou lien placé hors d’une phrase offre au doigt au moins 44 × 44 pixels que rien ne recouvre (les pays de la carte, dessinés à l’échelle, se choisissent aussi dans une liste), et l’outil axe n’y trouve aucune faute aux critères WCAG 2.1 A et AA qu’il sait vérifier. Les fenêtres de saisie de la page d’une action sont aussi ouvertes une à une, à 1 280 et à 375 pixels, et vérifiées de même. Ces tests ne remplacent pas un audit.',
    shortcomingsTitle: 'Contenus non accessibles',
    shortcomings: {
      forms:
        'Certains formulaires des pages d’étape n’annoncent pas leurs erreurs et ne placent pas le focus sur le premier champ en erreur comme le fait le formulaire de connexion.',
      focus:
        'Après l’envoi réussi de certains formulaires restés dans la page, le focus revient au début de la page ; les formulaires ouverts dans une fenêtre le rendent au bouton qui les a ouverts.',
      pdf: 'Les documents PDF (présentation de la collectivité) ne sont pas balisés pour les lecteurs d’écran.',
      languages:
        'L’interface existe en français, en anglais, en allemand, en espagnol, en portugais et en arabe ; les textes saisis par les partenaires restent dans leur langue.',
    },
    madeTitle: 'Établissement de cette déclaration',
    made: 'Cette déclaration a été établie le {{date}}.',
    technologies: 'Technologies utilisées : HTML, CSS, JavaScript (React), WAI-ARIA.',
    environment:
      'Environnement de test : Chromium (Debian) à 1 280 et 375 pixels de large, avec axe-core pour les vérifications automatiques.',
    contactTitle: 'Retour d’information et contact',
    contact:
      'Si vous n’arrivez pas à accéder à un contenu ou à un service, écrivez à l’administrateur de Passerelle de votre collectivité pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
    recourseTitle: 'Voies de recours',
    recourse:
      'Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits :',
    recourseForm: 'écrire un message au Défenseur des droits (formulaire en ligne)',
    recourseDelegate: 'contacter le délégué du Défenseur des droits dans votre région',
    recoursePhone: 'appeler le 09 69 39 00 00',
    recourseMail:
      'envoyer un courrier (gratuit, sans timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07',
  },
};
