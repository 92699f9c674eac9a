import { type Messages } from './message-keys';

/** Textes français par défaut (le français est la langue par défaut du produit). */
export const FR_MESSAGES = {
  'steps.COMMITMENT': 'Construire une volonté d’engagement',
  'steps.PARTNER_SEARCH': 'Rechercher des partenaires potentiels',
  'steps.PRESENTATION': 'Savoir se présenter',
  'steps.INITIATION': 'Initier la relation',
  'steps.CONVENTION': 'Conventionner et prévoir le dialogue',
  'steps.ACTIONS': 'Passer aux actions',

  'stepStatus.done': 'Terminée',
  'stepStatus.current': 'En cours',
  'stepStatus.todo': 'À venir',
  'stepStatus.blocked': 'Bloquée',

  'blocking.PARTNERSHIP.SUSPENDED': 'Le partenariat est suspendu.',
  'blocking.PARTNERSHIP.TERMINATED': 'Le partenariat est résilié.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED': 'Vos motivations à coopérer sont formulées par écrit.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED': 'Chaque motivation a été examinée et validée par un·e élu·e.',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Au moins trois acteurs du territoire, d’au moins deux types (association, école, hôpital…), ont chacun été consultés sur la démarche.',
  'criteria.COMMITMENT.STAKES_IDENTIFIED':
    'Les enjeux du territoire sur lesquels la coopération peut être un levier sont identifiés.',
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Ce que votre territoire peut apporter à un partenaire est identifié.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'Une collectivité partenaire a accepté de s’engager.',
  'criteria.PRESENTATION.COMPLETE':
    'Votre présentation expose vos motivations, votre territoire et ses acteurs, vos enjeux et vos apports.',
  'criteria.INITIATION.VISIT_TO_PARTNER': 'Une délégation s’est rendue sur le territoire partenaire.',
  'criteria.INITIATION.VISIT_FROM_PARTNER':
    'Une délégation partenaire a été accueillie sur votre territoire.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'Chaque partie a mis ses motivations sur la table.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED':
    'Un·e élu·e de chaque partie a vérifié la compatibilité des motivations.',
  'criteria.CONVENTION.PRIORITIES_SET': 'Les parties ont fixé ensemble au moins une priorité.',
  'criteria.CONVENTION.SIGNED': 'La convention de coopération est signée.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Toutes les parties ont validé des modalités de dialogue pour les élu·es, les techniciens et les acteurs du territoire.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'Une première action concrète a démarré.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'Des financements sont identifiés pour au moins une action.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'Au moins un indicateur a été validé par toutes les parties.',

  'criteria.ACTIONS.AID_COMPLETED': 'L’aide d’urgence a été apportée : au moins une action est achevée.',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'Avant de chercher des partenaires, la collectivité fait un travail sur soi : que recherche-t-on, pourquoi coopérer ?',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Les motivations relèvent du politique : les élu·es en répondent, souvent par une délibération.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'Une coopération portée par une diversité d’acteurs du territoire a plus de force et survit aux alternances.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED':
    'La coopération doit servir les enjeux du territoire, et non être une fin en soi.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'Une relation d’intérêt mutuel suppose de savoir ce que l’on peut apporter, pas seulement ce que l’on attend.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'La recherche par les réseaux des acteurs, les réseaux de collectivités et le hasard des rencontres aboutit à un partenaire qui s’engage.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'Un document attractif et un argumentaire clair permettent aux partenaires potentiels de comprendre qui vous êtes et ce que vous cherchez.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'Se rendre chez le partenaire donne à voir son territoire et ses enjeux ; les missions doivent être réciproques.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'Accueillir le partenaire donne à voir votre territoire et équilibre la relation ; les missions doivent être réciproques.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'Des motivations implicites nourrissent les malentendus : chaque partie expose les siennes avant toute signature.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'La convention conclut un dialogue politique où les élu·es vérifient la compatibilité des motivations.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET':
    'Une convention n’a de sens pour chaque partie que si les priorités ont été fixées ensemble.',
  'criteriaWhy.CONVENTION.SIGNED':
    'La convention signée formalise un engagement de long terme entre les collectivités.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Des échanges réguliers, adaptés aux contraintes de chaque lieu, évitent que la coopération ne retombe dans le sommeil entre deux visites.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'De petites actions concrètes testent le travail en commun et montrent aux citoyens que la coopération n’est pas une affaire « d’élus qui voyagent ».',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'Des financements complémentaires rendent les actions possibles et démultiplient chaque euro engagé par la collectivité.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'Un partenariat mesuré au regard d’objectifs et d’indicateurs fixés en commun limite l’asymétrie.',

  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'L’aide d’urgence, permise sans convention (loi de 2007), est bornée dans le temps : une fois apportée, la collectivité en rend compte à son assemblée et à la Commission nationale, qui doit être informée de toute action.',
  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'Un·e élu·e a demandé des modifications sur une motivation.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Des partenaires potentiels sont suivis alors que la volonté d’engagement n’est pas encore construite.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'Un signe avant-coureur de rupture pèse sur la relation (élections, baisse de budget, changement de cap…).',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'La prochaine étape prévue avec un partenaire potentiel est en retard.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'Cette délégation est plus nombreuse que recommandé.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'Cette délégation ne compte qu’un seul type de membres.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'D’un côté, la relation repose sur une seule personne.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL':
    'Les visites avec ce partenaire ne se sont faites que dans un sens.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Les conseils aux voyageurs pour une mission à venir doivent être vérifiés à nouveau.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'Une mission n’a pas encore de compte rendu.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Une mission vers une zone déconseillée sauf raison impérative attend encore l’accord d’un élu.',
  'warnings.CONVENTION.EXPIRING_SOON': 'La convention arrive bientôt à échéance.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'La convention est en préparation alors qu’aucune visite n’a encore eu lieu dans les deux sens avec ce partenaire.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'Le partenaire n’a pas encore inscrit ses propres enjeux et apports, que la convention doit refléter.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'La date limite pour s’opposer à la reconduction tacite approche.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE': 'Un échange prévu par les modalités de dialogue est en retard.',
  'warnings.DIALOGUE.FALLING_ASLEEP':
    'La relation s’endort : un public n’a eu aucun échange depuis plus longtemps que convenu, quoi qu’aient fait les autres.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL': 'Un canal prévu ne fait pas partie des habitudes du partenaire.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'Toutes les actions se déroulent sur un seul territoire.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'Toutes les actions ont été proposées par la même partie.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'Un indicateur n’a pas été validé par toutes les parties.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Une action en cours n’a pas fait l’objet d’une évaluation conjointe depuis un an.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'La motivation reste hors de la table tant qu’elle n’est pas révisée et validée.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'La recherche de partenaires n’est pertinente que lorsque la volonté d’engagement est construite : motivations validées par les élu·es, acteurs du territoire qui portent la démarche, enjeux et apports identifiés. Sinon le partenaire rencontre une institution seule, sans projet.',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'Des régions ont rompu des coopérations après des élections, des baisses de budget et un repli sur leur intérêt propre, souvent sans négociation : repéré tôt, un tel signe laisse le temps de dialoguer avec le partenaire, d’informer les nouveaux élu·es et de sécuriser les actions en cours.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Chaque contact demande à être entretenu, sans quoi l’occasion se perd.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'Des délégations restreintes favorisent le contact direct qui construit une relation solide et durable.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'Une relation limitée aux seuls exécutifs est fragile : associez élu·es, techniciens et acteurs du territoire.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'Une relation maillée entre plusieurs personnes de statuts différents survit aux alternances et prévient l’accaparement personnel.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL':
    'Des missions réciproques sur les deux territoires sont le signe d’une relation équilibrée.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Les élu·es répondent de la sécurité des délégations ; les conseils aux voyageurs évoluent.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING':
    'Le compte rendu garde la trace de ce que la mission a produit et le partage avec le partenaire.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Les élus répondent de la sécurité des délégations : la mission ne peut pas avoir lieu sans leur accord ni la raison impérative qu’ils donnent.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'La convention conclut un dialogue de connaissance mutuelle (méthode, étape 5) : elle ne se rédige pas sans avoir vu le territoire de l’autre. Ce n’est pas un refus : une visite peut être impossible (zone rouge, budget) ; dites alors pourquoi, et envisagez une rencontre en lieu tiers.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'Une coopération d’intérêt mutuel part des enjeux et des apports de chaque territoire, pas seulement de l’initiateur. Le partenaire les inscrit lui-même, depuis le lien « Construire l’engagement » de la page du partenariat.',
  'warningsWhy.CONVENTION.EXPIRING_SOON':
    'Renouveler ou conclure dans les règles : le partenaire mérite un préavis et une décision.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Sans opposition avant la date limite, la convention est reconduite automatiquement.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE':
    'C’est la fréquence et la qualité des échanges qui font vivre la relation.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP':
    'Les coopérations retombent dans le sommeil entre deux visites de délégation quand le dialogue régulier s’arrête ; élu·es, techniciens et acteurs ont chacun leur rythme, et un appel entre techniciens ne maintient pas le lien entre élu·es.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'Tenez compte des habitudes de communication de chaque lieu : un canal inhabituel risque de rester sans réponse.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'Chaque partenaire doit en bénéficier : les effets « ici » et « là-bas » sont le test de la réciprocité.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'Quand une seule partie propose toutes les thématiques, la relation devient asymétrique.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED':
    'Des indicateurs fixés en commun sont un remède à l’asymétrie.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Des évaluations conjointes périodiques font vivre des modalités de travail communes.',

  'errors.RECORD.NOT_FOUND': 'Cet élément n’existe pas.',
  'errors.RECORD.DUPLICATE_ID': 'Un élément avec cet identifiant existe déjà.',
  'errors.RECORD.TEXT_REQUIRED': 'Ce champ est obligatoire.',
  'errors.RECORD.INVALID_VALUE': 'Cette valeur n’est pas valide.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'Le pays doit être un code ISO à deux lettres.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'Les langues doivent être des codes de langue valides.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'Le fuseau horaire n’est pas reconnu.',
  'errors.ORGANISATION.INVALID_POPULATION': 'La population doit être un nombre entier.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'Cette collectivité est déjà partie au partenariat.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'Cette collectivité n’est pas partie au partenariat.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'Il faut pour cela une collectivité partenaire.',
  'errors.PARTNERSHIP.SUSPENDED': 'Le partenariat est suspendu : reprenez-le d’abord.',
  'errors.PARTNERSHIP.TERMINATED': 'Le partenariat est résilié : il ne peut plus être modifié.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'Le partenariat n’est pas suspendu.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'Indiquez le motif de la suspension.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON': 'Indiquez le motif de la fin du partenariat.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
    'Respectez le préavis dû au partenaire avant de mettre fin au partenariat.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'Décidez du sort de chaque action en cours.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'Une convention lie les parties (ou la fin est différée) : proposez la rupture au partenaire, faites-la décider par votre assemblée délibérante, puis donnez le préavis.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'Une rupture est déjà en cours pour ce partenariat.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'Aucune rupture n’est en cours pour ce partenariat.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'La réponse à une rupture vient du partenaire.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'Entendez d’abord le partenaire : la décision peut être enregistrée dès sa réponse, ou à l’issue de la période de négociation.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'Indiquez l’assemblée délibérante, la référence de sa délibération et sa date (entre la proposition et aujourd’hui).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'Le préavis n’est pas encore écoulé.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'Le partenariat est en préavis : il se poursuit jusqu’à son terme (échanges, comptes rendus, actions à achever), mais rien de nouveau ne commence.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'Le partenariat a déjà cette forme.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'Une convention signée lie les parties : le partenariat reste une coopération sous convention tant qu’elle court. Mettez d’abord fin à la convention.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'Cette partie est déjà dirigée ainsi.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED':
    'Seul·e un·e élu·e peut rendre cet avis (ou, pour une collectivité dirigée par un exécutif nommé, la personne qui la dirige ou agit pour elle).',
  'errors.REVIEW.REVIEWER_OTHER_PARTY': 'Les élu·es de chaque partie se prononcent sur leur propre partie.',
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED':
    'Une motivation doit être validée par un·e élu·e avant d’être partagée.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'Cette motivation est déjà partagée.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION': 'Le partenaire potentiel ne peut pas passer à cette étape.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED':
    'Enregistrez la collectivité candidate avant de l’accepter.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT':
    'N’acceptez un partenaire qu’une fois vos motivations validées par un·e élu·e.',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY':
    'Cette collectivité est déjà partie au partenariat : elle ne peut pas être candidate.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE': 'Cette collectivité est déjà candidate pour ce partenariat.',
  'errors.VISIT.END_BEFORE_START': 'Une mission ne peut pas finir avant d’avoir commencé.',
  'errors.VISIT.EMPTY_DELEGATION': 'Une mission compte au moins un membre de délégation.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'Un membre de la délégation n’appartient pas à la bonne partie.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED': 'Renseignez les conseils aux voyageurs pour la destination.',
  'errors.VISIT.RED_ZONE_REFUSED':
    'Aucune délégation ne se rend dans une zone formellement déconseillée (rouge) : rencontrez-vous dans un lieu tiers ou échangez à distance.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'Une mission dans une zone déconseillée sauf raison impérative (orange) exige l’accord explicite d’un·e élu·e, avec cette raison.',
  'errors.VISIT.NOT_YET_ENDED': 'La mission n’a pas encore eu lieu.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'Cette mission a déjà commencé.',
  'errors.VISIT.CANCELLED': 'Cette mission a été annulée.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'Seule une mission vers une zone déconseillée sauf raison impérative demande cet accord.',
  'errors.CONVENTION.ALREADY_EXISTS': 'Une convention est déjà en cours.',
  'errors.CONVENTION.INVALID_TERMS': 'Les clauses de la convention sont incomplètes ou invalides.',
  'errors.CONVENTION.INVALID_TRANSITION': 'La convention ne peut pas faire cela dans son état actuel.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'La convention ne peut pas encore être approuvée : motivations partagées par tous, compatibilité vérifiée et priorités fixées d’abord.',
  'errors.CONVENTION.VERSION_MISMATCH': 'Ce n’est pas la version en vigueur du projet de convention.',
  'errors.CONVENTION.ALREADY_APPROVED': 'Cette partie a déjà approuvé cette version.',
  'errors.CONVENTION.NOT_SIGNABLE':
    'La convention ne peut être signée qu’une fois la même version approuvée par toutes les parties.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'Chaque partie doit avoir un·e signataire.',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL': 'La date de signature ne peut précéder les délibérations.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE':
    'La convention ne peut entrer en vigueur avant sa signature.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'La convention n’est pas arrivée à échéance.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES':
    'Aucune partie ne s’y est opposée : la convention est reconduite tacitement.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED': 'Cette convention ne prévoit pas de reconduction tacite.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'Une partie s’est opposée à la reconduction tacite.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION':
    'Un renouvellement exprès nécessite les délibérations des conseils.',
  'errors.CONVENTION.OBJECTION_TOO_LATE':
    'La date limite pour s’opposer à la reconduction tacite est dépassée.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'Indiquez le motif de la suspension de la convention.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'Indiquez le motif de la résiliation de la convention.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE': 'Respectez le préavis prévu par la convention.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'Décidez du sort de chaque action en cours.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'Votre collectivité a déjà approuvé cette priorité.',
  'errors.DIALOGUE.NO_PLAN': 'Aucune modalité de dialogue n’est encore proposée.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE':
    'Chaque public n’apparaît qu’une fois dans les modalités de dialogue.',
  'errors.DIALOGUE.INVALID_CADENCE':
    'La fréquence doit être un nombre entier de jours, de semaines ou de mois.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'La tolérance doit être un nombre entier de jours.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'Choisissez au moins un canal pour chaque public.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': 'Ce canal n’est pas adapté aux contraintes d’un partenaire.',
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'Chaque partie doit désigner des participants pour chaque public.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'Cette partie a déjà validé les modalités de dialogue.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'Seuls les échanges qui ont eu lieu peuvent être enregistrés.',
  'errors.SIGNAL.NOT_OWN_SIDE':
    'Une collectivité partenaire n’enregistre des signes avant-coureurs que de son côté.',
  'errors.ACTION.THEME_REQUIRED': 'Choisissez au moins une thématique.',
  'errors.ACTION.LOCATION_REQUIRED': 'Indiquez où se déroule l’action.',
  'errors.ACTION.INVALID_SDG': 'Les objectifs de développement durable sont numérotés de 1 à 17.',
  'errors.ACTION.END_BEFORE_START': 'Une action ne peut pas finir avant d’avoir commencé.',
  'errors.ACTION.INVALID_AMOUNT': 'Le montant doit être un nombre positif.',
  'errors.ACTION.INVALID_CURRENCY': 'La devise doit être un code ISO à trois lettres.',
  'errors.ACTION.INVALID_TRANSITION': 'L’action ne peut pas passer à ce statut.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'Seule la collectivité qui a lancé cette action change son statut ; vous pouvez toujours la documenter, la mesurer et l’évaluer.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'Qui a proposé cette action se confirme par l’autre partie, pas par celle qui l’a indiqué.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'Cette partie est déjà indiquée comme celle qui a proposé l’action ; c’est à l’autre partie de le confirmer.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'Cette partie a déjà validé cet indicateur.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED':
    'Toutes les parties doivent valider l’indicateur avant toute mesure.',
  'errors.ACTION.EVALUATION_NOT_JOINT': 'Une évaluation conjointe associe au moins deux parties.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'Une mesure ne peut pas être antérieure au début de l’action.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'Une mesure s’exprime dans l’unité de son indicateur.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH':
    'La ventilation de chaque dimension doit totaliser la valeur mesurée.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY':
    'La ventilation ne reprend que les catégories de l’indicateur, chacune une fois.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'Les périodes se suivent sans se chevaucher, chacune avec une fin après son début et une cible.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'Une ventilation a au plus trois dimensions, chacune avec au moins deux catégories distinctes.',
  'errors.ODA.UNKNOWN_SECTOR': 'Choisissez les secteurs dans la liste des codes-objet du CAD.',
  'errors.ODA.SECTORS_NOT_100': 'Chaque secteur apparaît une fois et les pourcentages font 100.',
  'errors.ODA.INVALID_MARKER': 'Un marqueur vaut 0, 1 ou 2.',
  'errors.ODA.INVALID_RATE': 'Indiquez le taux en unités de la devise pour un euro (1 pour l’euro).',
  'errors.ODA.AMOUNT_WITHOUT_DATE': 'Un montant engagé ou versé a sa date, et une date son montant.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED':
    'Cette candidature ne peut pas franchir cette étape depuis son statut actuel.',
  'errors.FUNDING.NOT_A_DRAFT': 'Seule une candidature en brouillon se modifie.',
  'errors.FUNDING.INVALID_AMOUNT': 'Indiquez un montant positif (le temps de personnel peut être nul).',
  'errors.FUNDING.INVALID_DATE': 'Indiquez une date (jour, mois, année).',
  'errors.FUNDING.CALL_NOT_OPEN': 'Une candidature se dépose pendant que l’appel est ouvert.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'Une subvention ne dépasse pas le montant demandé.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION': 'Une décision est datée du dépôt ou d’après.',
  'errors.FUNDING.CALL_DATES': 'Un appel se clôt le jour de son ouverture ou après.',
  'errors.FUNDING.INVALID_RULE':
    'Chaque règle figure une fois ; une part est entre 0 et 100 % et un montant est positif.',
  'errors.FUNDING.NOT_GRANTED': 'Les tranches et les rapports suivent une candidature accordée.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'Les tranches ne dépassent pas, ensemble, le montant accordé.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'Ce rapport a déjà été envoyé.',
  'health.METHOD_PROGRESS': 'Les critères des étapes atteintes sont remplis.',
  'health.DIALOGUE_REGULARITY': 'Les échanges ont lieu à la fréquence convenue pour chaque public.',
  'health.VISIT_RECIPROCITY': 'Les missions se font dans les deux sens.',
  'health.ACTION_BALANCE': 'Les actions sont proposées par chaque partie et réparties sur chaque territoire.',
  'health.INDICATORS_CO_VALIDATED': 'Les indicateurs sont validés par toutes les parties.',
  'health.CONVENTION_IN_FORCE': 'Une convention de coopération est en vigueur.',
  'health.RELATION_STABILITY':
    'Aucun signe avant-coureur de rupture ne pèse sur la relation (compte seulement s’il y en a ; chacun en retire 40 %).',
} as const satisfies Messages;
