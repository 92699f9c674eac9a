export const devMailFr = {
  devMail: {
    title: 'Courriels capturés (développement)',
    intro: 'En développement, aucun courriel ne quitte la machine : voici ceux que l’application a envoyés.',
    empty: 'Aucun courriel pour l’instant.',
    unavailable: 'Le puits de courriels n’existe qu’en développement.',
    restricted:
      'Les courriels capturés se lisent depuis la machine du serveur, ou connecté en tant qu’administrateur.',
    from: 'De',
    to: 'À',
    subject: 'Objet',
    receivedAt: 'Reçu le',
    back: 'Retour à la liste',
  },
};
