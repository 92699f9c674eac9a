export const legalVariantsFr = {
  legalVariants: {
    title: 'Forme et cadre juridique',
    intro:
      'La forme du partenariat décide des étapes et des critères qui le mesurent : une aide d’urgence ou une action sans convention n’est pas jugée sur les critères d’une convention.',
    form: 'Forme',
    legalBasis: 'Cadre juridique',
    bases: {
      convention: 'Coopération sous convention (loi de 1992) : les six étapes de la méthode s’appliquent.',
      emergency_aid:
        'Aide humanitaire et d’urgence, permise sans convention (loi de 2007) : un bénéficiaire clairement identifié, l’aide lancée, financée et achevée.',
      without_convention:
        'Action extérieure sans convention (promotion économique, rayonnement culturel, projet ponctuel) : l’engagement de la collectivité, un partenaire, la présentation et des actions fixées en commun.',
    },
    criteriaTitle: 'Critères qui s’appliquent à cette forme',
    stepsApplying: 'Étapes suivies : {{steps}}.',
    changeForm: 'Changer la forme',
    changeFormHint:
      'Le changement est inscrit au journal. Tant qu’une convention signée lie les parties, le partenariat reste sous convention.',
    submitForm: 'Enregistrer la forme',
    formSaved: 'Forme enregistrée.',
    governanceTitle: 'Gouvernance des parties',
    governanceIntro:
      'Une collectivité peut être dirigée par des élu·es ou par un exécutif nommé par l’État (préfet, gouverneur). Dans ce cas, ses avis (motivations, compatibilité, priorités, visite en zone orange) sont rendus par la personne qui la dirige ou agit pour elle.',
    governance: 'Gouvernance de {{party}}',
    editGovernance: 'Modifier la gouvernance',
    editGovernanceOf: 'Modifier la gouvernance de {{party}}',
    governances: {
      elected_executive: 'Exécutif élu',
      appointed_executive: 'Exécutif nommé par l’État',
    },
    submitGovernance: 'Enregistrer',
    governanceSaved: 'Gouvernance enregistrée.',
  },
};
