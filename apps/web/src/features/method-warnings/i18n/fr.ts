/** Early warnings of rupture (seed 000 §3–4) and the partner search's commitment gate (seed 004 §4). */
export const methodWarningsFr = {
  ruptureSignals: {
    title: 'Signes avant-coureurs de rupture',
    intro:
      'Des régions ont rompu leurs coopérations après des élections, des baisses de budget ou un repli sur leur intérêt propre, souvent sans négocier. Notez ces signes dès que vous les apprenez, de chaque côté : ils restent dans l’historique, sont visibles par toutes les parties et font baisser le score de santé tant qu’ils pèsent (six mois avant leur date, un an après).',
    empty: 'Aucun signe enregistré.',
    loading: 'Chargement des signes…',
    listLabel: 'Signes enregistrés',
    active: 'Pèse aujourd’hui',
    inactive: 'Ne pèse plus (ou pas encore)',
    concerns: 'Côté : {{party}}',
    on: 'Date : {{date}}',
    recordedBy: 'Noté par {{party}}',
    kinds: {
      election: 'Élections',
      mandate_change: 'Changement de mandat ou d’exécutif',
      budget_cut: 'Baisse du budget de la coopération',
      self_interest_turn: 'Repli sur l’intérêt propre du territoire',
      instability: 'Instabilité (politique, administrative, sécuritaire)',
      handed_to_operators: 'Coopération confiée à des opérateurs (ONG, bureaux d’études)',
    },
    form: {
      title: 'Noter un signe',
      kind: 'Nature du signe',
      side: 'De quel côté',
      sideHelpPartner: 'Une collectivité partenaire note les signes de son propre côté.',
      occursOn: 'Date (jour du scrutin, début du mandat, vote du budget…)',
      note: 'Ce que vous savez, et de qui',
      submit: 'Enregistrer le signe',
      recorded: 'Signe enregistré.',
    },
    dashboard: {
      label: 'Signes de rupture',
      item: '{{kind}} — {{party}}, {{date}}',
    },
  },
  commitmentGate: {
    title: 'D’abord, construire la volonté d’engagement',
    intro:
      'La recherche de partenaires n’est pertinente que lorsque la volonté d’engagement est construite : sans motivations validées par les élu·es, ni acteurs du territoire qui portent la démarche, le partenaire rencontre une institution seule, sans projet. Vous pouvez noter dès maintenant un contact rencontré par hasard ; voici ce qui manque encore.',
    missing: 'Ce qui manque à l’étape 1',
    actors:
      '{{associated}} acteur(s) du territoire associé(s), de {{kinds}} type(s) ; il en faut au moins {{requiredActors}}, d’au moins {{requiredKinds}} types.',
    acceptBlocked: 'Un partenaire ne peut être accepté qu’une fois vos motivations validées par un·e élu·e.',
    fix: 'Compléter',
  },
};
