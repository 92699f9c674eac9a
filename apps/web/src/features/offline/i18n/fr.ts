export const offlineFr = {
  offline: {
    queued: 'Enregistré sur cet appareil, en attente d’envoi : il partira dès que la connexion reviendra.',
    banner:
      'Pas de connexion. Ce que vous consignez ici est gardé sur cet appareil et envoyé dès que la connexion revient.',
    bannerWithoutOutbox:
      'Pas de connexion. Ce navigateur ne peut rien garder : attendez la connexion pour enregistrer.',
    link: 'À envoyer',
    linkCount_one: ' {{count}} enregistrement en attente',
    linkCount_other: ' {{count}} enregistrements en attente',
    linkRefused_one: ' {{count}} refusé',
    linkRefused_other: ' {{count}} refusés',
    refusedAnnouncement_one: '{{count}} enregistrement refusé à l’envoi : la raison est dans « À envoyer ».',
    refusedAnnouncement_other:
      '{{count}} enregistrements refusés à l’envoi : les raisons sont dans « À envoyer ».',
    kinds: {
      'dialogue-exchange': 'Échange',
      measurement: 'Mesure',
      'log-entry': 'Journal de l’action',
    },
    photos: {
      hint: 'Sans connexion, les photos sont gardées sur l’appareil et envoyées avec l’entrée.',
      kept: 'Photos gardées sur l’appareil',
      remove: 'Retirer {{name}}',
    },
    page: {
      title: 'À envoyer',
      intro:
        'Ce que vous avez consigné sur cet appareil sans connexion. Chaque enregistrement part une seule fois, dans l’ordre, dès que la connexion revient.',
      unavailable: 'Ce navigateur ne peut rien garder hors connexion.',
      empty: 'Rien n’attend d’être envoyé.',
      listLabel_one: '{{count}} enregistrement sur cet appareil',
      listLabel_other: '{{count}} enregistrements sur cet appareil',
      queuedAt: 'Consigné le {{date}}',
      photos_one: '{{count}} photo',
      photos_other: '{{count}} photos',
      waiting: 'En attente d’envoi',
      refused: 'Refusé : {{reason}}',
      discard: 'Abandonner',
      sendNow: 'Envoyer maintenant',
      sending: 'Envoi en cours…',
      offline: 'Pas de connexion : l’envoi reprendra dès qu’elle reviendra.',
    },
  },
};
