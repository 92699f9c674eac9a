import { type Messages } from './message-keys';

/** English default texts, usable as i18n resources (flat keys: configure the i18n library without a key separator). */
export const EN_MESSAGES = {
  'steps.COMMITMENT': 'Build the commitment',
  'steps.PARTNER_SEARCH': 'Find potential partners',
  'steps.PRESENTATION': 'Present yourself',
  'steps.INITIATION': 'Initiate the relation',
  'steps.CONVENTION': 'Convention and dialogue',
  'steps.ACTIONS': 'Move to actions',

  'stepStatus.done': 'Done',
  'stepStatus.current': 'In progress',
  'stepStatus.todo': 'To do',
  'stepStatus.blocked': 'Blocked',

  'blocking.PARTNERSHIP.SUSPENDED': 'The partnership is suspended.',
  'blocking.PARTNERSHIP.TERMINATED': 'The partnership is terminated.',

  'criteria.COMMITMENT.MOTIVATIONS_STATED': 'Your motivations to cooperate are written down.',
  'criteria.COMMITMENT.MOTIVATIONS_REVIEWED':
    'An elected official has reviewed and approved every motivation.',
  'criteria.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    "At least three of the territory's actors, of at least two kinds (association, school, hospital…), have each been consulted on the approach.",
  'criteria.COMMITMENT.STAKES_IDENTIFIED':
    "The territory's stakes where cooperation can be a lever are identified.",
  'criteria.COMMITMENT.CONTRIBUTIONS_IDENTIFIED': 'What your territory can bring to a partner is identified.',
  'criteria.PARTNER_SEARCH.CANDIDATE_ACCEPTED': 'A partner authority has accepted to engage.',
  'criteria.PRESENTATION.COMPLETE':
    'Your presentation covers motivations, territory and actors, stakes and contributions.',
  'criteria.INITIATION.VISIT_TO_PARTNER': "A delegation has visited the partner's territory.",
  'criteria.INITIATION.VISIT_FROM_PARTNER': 'A delegation of the partner has visited your territory.',
  'criteria.CONVENTION.MOTIVATIONS_SHARED_BY_ALL': 'Every party has put its motivations on the table.',
  'criteria.CONVENTION.COMPATIBILITY_REVIEWED':
    'An elected official of each party has found the motivations compatible.',
  'criteria.CONVENTION.PRIORITIES_SET': 'The parties have agreed on at least one shared priority.',
  'criteria.CONVENTION.SIGNED': 'The cooperation convention is signed.',
  'criteria.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Every party has agreed a dialogue plan for elected officials, technicians and territory actors.',
  'criteria.ACTIONS.FIRST_ACTION_STARTED': 'A first concrete action has started.',
  'criteria.ACTIONS.FUNDING_IDENTIFIED': 'Funding is identified for at least one action.',
  'criteria.ACTIONS.INDICATORS_CO_VALIDATED': 'At least one indicator has been validated by every party.',

  'criteria.ACTIONS.AID_COMPLETED': 'The emergency aid has been delivered: at least one action is completed.',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED':
    'Before looking for partners, the authority works on itself: what is sought, why cooperate.',
  'criteriaWhy.COMMITMENT.MOTIVATIONS_REVIEWED':
    'Motivations are a political matter: elected officials answer for them, often through a council decision.',
  'criteriaWhy.COMMITMENT.TERRITORY_ACTORS_ASSOCIATED':
    'A cooperation carried by many actors of the territory is stronger and outlives elections.',
  'criteriaWhy.COMMITMENT.STAKES_IDENTIFIED':
    'Cooperation should serve stakes of the territory, not be an end in itself.',
  'criteriaWhy.COMMITMENT.CONTRIBUTIONS_IDENTIFIED':
    'A relation of mutual interest requires knowing what you can offer, not only what you expect.',
  'criteriaWhy.PARTNER_SEARCH.CANDIDATE_ACCEPTED':
    'Partner search through actors\u2019 networks, authority networks and chance meetings leads to a partner who says yes.',
  'criteriaWhy.PRESENTATION.COMPLETE':
    'A clear, attractive presentation lets potential partners understand who you are and what you seek.',
  'criteriaWhy.INITIATION.VISIT_TO_PARTNER':
    'Visiting the partner makes its territory and stakes real; visits must go both ways.',
  'criteriaWhy.INITIATION.VISIT_FROM_PARTNER':
    'Receiving the partner shows your territory and balances the relation; visits must go both ways.',
  'criteriaWhy.CONVENTION.MOTIVATIONS_SHARED_BY_ALL':
    'Unstated motivations breed misunderstanding: each side states its own before anything is signed.',
  'criteriaWhy.CONVENTION.COMPATIBILITY_REVIEWED':
    'The convention concludes a political dialogue in which elected officials check that motivations fit together.',
  'criteriaWhy.CONVENTION.PRIORITIES_SET':
    'A convention means something to each side only if priorities were set together.',
  'criteriaWhy.CONVENTION.SIGNED':
    'The signed convention formalises a long-term commitment between the authorities.',
  'criteriaWhy.CONVENTION.DIALOGUE_PLAN_AGREED':
    'Regular exchanges, suited to each place\u2019s constraints, keep the cooperation from falling asleep between visits.',
  'criteriaWhy.ACTIONS.FIRST_ACTION_STARTED':
    'Small concrete actions test joint working methods and show citizens that cooperation is not just elected officials travelling.',
  'criteriaWhy.ACTIONS.FUNDING_IDENTIFIED':
    'Complementary funding makes actions possible and multiplies each euro the authority commits.',
  'criteriaWhy.ACTIONS.INDICATORS_CO_VALIDATED':
    'A partnership measured against objectives and indicators set together limits asymmetry.',

  'criteriaWhy.ACTIONS.AID_COMPLETED':
    'Emergency aid, lawful without a convention (2007 law), is bounded in time: once delivered, the authority accounts for it to its council and to the national commission, which must be told of every action.',
  'warnings.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'An elected official asked for changes to a motivation.',
  'warnings.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'Candidate partners are followed while the commitment is not built yet.',
  'warnings.RELATION.RUPTURE_SIGNAL':
    'A warning sign of rupture weighs on the relation (elections, budget cut, change of course…).',
  'warnings.PARTNER_SEARCH.NEXT_STEP_OVERDUE': 'The planned next step with a candidate partner is overdue.',
  'warnings.INITIATION.DELEGATION_TOO_LARGE': 'This delegation is larger than recommended.',
  'warnings.INITIATION.DELEGATION_NOT_DIVERSE': 'This delegation includes only one kind of member.',
  'warnings.INITIATION.RELATION_CARRIED_BY_ONE_PERSON': 'On one side, the relation rests on a single person.',
  'warnings.INITIATION.VISITS_NOT_RECIPROCAL': 'Visits with this partner have gone in one direction only.',
  'warnings.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'The travel advisory for an upcoming visit should be checked again.',
  'warnings.INITIATION.VISIT_REPORT_MISSING': 'A visit has no report yet.',
  'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'A visit to a zone advised against except for an imperative reason still waits for an elected official’s approval.',
  'warnings.CONVENTION.EXPIRING_SOON': 'The convention expires soon.',
  'warnings.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'The convention is being prepared though no visit has yet taken place both ways with this partner.',
  'warnings.CONVENTION.PARTNER_STAKES_MISSING':
    'The partner has not yet stated its own stakes and contributions, which the convention should reflect.',
  'warnings.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON': 'The deadline to object to the tacit renewal is near.',
  'warnings.DIALOGUE.EXCHANGE_OVERDUE': 'An exchange planned in the dialogue plan is overdue.',
  'warnings.DIALOGUE.FALLING_ASLEEP':
    'The relation is falling asleep: an audience has had no exchange for longer than agreed, whatever the others did.',
  'warnings.DIALOGUE.CHANNEL_NOT_USUAL': 'A planned channel is not one the partner usually uses.',
  'warnings.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'All actions take place on a single territory.',
  'warnings.ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'All actions were initiated by the same party.',
  'warnings.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'An indicator has not been validated by every party.',
  'warnings.ACTIONS.NO_RECENT_JOINT_EVALUATION': 'An ongoing action has had no joint evaluation for a year.',

  'warningsWhy.COMMITMENT.MOTIVATION_CHANGES_REQUESTED':
    'The motivation stays off the table until it is revised and approved.',
  'warningsWhy.PARTNER_SEARCH.BEFORE_COMMITMENT':
    'The search for partners is only relevant once the commitment is built: motivations reviewed by elected officials, actors of the territory carrying the approach, stakes and contributions known. Otherwise the partner meets an institution alone, without a project.',
  'warningsWhy.RELATION.RUPTURE_SIGNAL':
    'Regions broke partnerships after elections, budget cuts and a turn to their own interest, often without negotiation: seen early, such a sign leaves time to talk with the partner, brief the new elected officials and secure ongoing actions.',
  'warningsWhy.PARTNER_SEARCH.NEXT_STEP_OVERDUE':
    'Each contact must be kept alive, or the opportunity is lost.',
  'warningsWhy.INITIATION.DELEGATION_TOO_LARGE':
    'Small delegations allow the direct contact that builds a lasting relation.',
  'warningsWhy.INITIATION.DELEGATION_NOT_DIVERSE':
    'A relation limited to the executives is fragile: bring elected officials, technicians and territory actors.',
  'warningsWhy.INITIATION.RELATION_CARRIED_BY_ONE_PERSON':
    'A relation carried by several people of different status survives elections and avoids personal capture.',
  'warningsWhy.INITIATION.VISITS_NOT_RECIPROCAL':
    'Reciprocal visits on both territories are the test of a balanced relation.',
  'warningsWhy.INITIATION.TRAVEL_ADVISORY_OUTDATED':
    'Elected officials answer for the safety of delegations; advisories change.',
  'warningsWhy.INITIATION.VISIT_REPORT_MISSING':
    'A report keeps what the visit produced and shares it with the partner.',
  'warningsWhy.INITIATION.ORANGE_ZONE_APPROVAL_MISSING':
    'Elected officials answer for the safety of delegations: the visit may not take place without their approval and the imperative reason they give.',
  'warningsWhy.CONVENTION.WITHOUT_RECIPROCAL_VISIT':
    'The convention concludes a dialogue of mutual knowledge (method, step 5): it is not written without having seen the other territory. This is not a refusal: a visit may be impossible (red zone, budget); say why, and consider meeting in a third place.',
  'warningsWhy.CONVENTION.PARTNER_STAKES_MISSING':
    'A cooperation of mutual interest starts from each territory’s stakes and contributions, not only the initiator’s. The partner states them itself, from the « Build the commitment » link of the partnership page.',
  'warningsWhy.CONVENTION.EXPIRING_SOON':
    'Renew or close in order: the partner deserves notice and a decision.',
  'warningsWhy.CONVENTION.TACIT_RENEWAL_DEADLINE_SOON':
    'Without an objection before the deadline, the convention renews on its own.',
  'warningsWhy.DIALOGUE.EXCHANGE_OVERDUE': 'The frequency and quality of exchanges keep the relation alive.',
  'warningsWhy.DIALOGUE.FALLING_ASLEEP':
    'Cooperations fall asleep between two delegation visits when regular dialogue stops; elected officials, technicians and actors each have their own rhythm, and one call between technicians does not keep the elected officials in touch.',
  'warningsWhy.DIALOGUE.CHANNEL_NOT_USUAL':
    'Mind each place\u2019s communication habits: an unusual channel may go unanswered.',
  'warningsWhy.ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY':
    'Each partner must benefit: effects "here" and "there" are the test of reciprocity.',
  'warningsWhy.ACTIONS.ALL_INITIATED_BY_ONE_PARTY':
    'When one side proposes every theme, the relation becomes asymmetric.',
  'warningsWhy.ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'Indicators set together are a remedy to asymmetry.',
  'warningsWhy.ACTIONS.NO_RECENT_JOINT_EVALUATION':
    'Periodic joint evaluations keep common working methods alive.',

  'errors.RECORD.NOT_FOUND': 'This record does not exist.',
  'errors.RECORD.DUPLICATE_ID': 'A record with this identifier already exists.',
  'errors.RECORD.TEXT_REQUIRED': 'This field is required.',
  'errors.RECORD.INVALID_VALUE': 'This value is not valid.',
  'errors.ORGANISATION.INVALID_COUNTRY': 'The country must be a two-letter ISO code.',
  'errors.ORGANISATION.INVALID_LANGUAGE': 'Languages must be valid language tags.',
  'errors.ORGANISATION.INVALID_TIME_ZONE': 'The time zone is not recognised.',
  'errors.ORGANISATION.INVALID_POPULATION': 'The population must be a whole number.',
  'errors.PARTNERSHIP.DUPLICATE_PARTY': 'This authority is already a party to the partnership.',
  'errors.PARTNERSHIP.UNKNOWN_PARTY': 'This authority is not a party to the partnership.',
  'errors.PARTNERSHIP.NEEDS_PARTNER': 'This requires a partner authority.',
  'errors.PARTNERSHIP.SUSPENDED': 'The partnership is suspended: resume it first.',
  'errors.PARTNERSHIP.TERMINATED': 'The partnership is terminated: it can no longer change.',
  'errors.PARTNERSHIP.NOT_SUSPENDED': 'The partnership is not suspended.',
  'errors.PARTNERSHIP.SUSPENSION_NEEDS_REASON': 'State the reason for the suspension.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_REASON': 'State the reason for ending the partnership.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_NOTICE':
    'Give the partner the required notice before ending the partnership.',
  'errors.PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decide what happens to every ongoing action.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH':
    'A convention binds the parties (or the end is later): propose the rupture to the partner, have it decided by your elected body, then give notice.',
  'errors.PARTNERSHIP.RUPTURE_ALREADY_OPEN': 'A rupture is already under way for this partnership.',
  'errors.PARTNERSHIP.NO_OPEN_RUPTURE': 'No rupture is under way for this partnership.',
  'errors.PARTNERSHIP.RUPTURE_RESPONSE_BY_PROPOSER': 'The response to a rupture comes from the partner.',
  'errors.PARTNERSHIP.RUPTURE_NOT_NEGOTIATED':
    'Hear the partner first: the decision can be recorded once it has answered, or after the negotiation period.',
  'errors.PARTNERSHIP.RUPTURE_NEEDS_DELIBERATION':
    'State the elected body, the reference of its deliberation and its date (between the proposal and today).',
  'errors.PARTNERSHIP.NOTICE_NOT_OVER': 'The notice period is not over yet.',
  'errors.PARTNERSHIP.IN_NOTICE':
    'The partnership is serving its notice: it runs until the end (exchanges, reports, actions to complete), but nothing new starts.',
  'errors.PARTNERSHIP.FORM_UNCHANGED': 'The partnership already takes this form.',
  'errors.PARTNERSHIP.FORM_BOUND_BY_CONVENTION':
    'A signed convention binds the parties: the partnership stays convention-based while it runs. End the convention first.',
  'errors.PARTNERSHIP.GOVERNANCE_UNCHANGED': 'This party is already led so.',
  'errors.REVIEW.REVIEWER_NOT_ELECTED':
    'Only an elected official can give this review (or, for an authority led by an appointed executive, whoever leads it or acts for it).',
  'errors.REVIEW.REVIEWER_OTHER_PARTY': "Each side's elected officials review their own side.",
  'errors.COMMITMENT.MOTIVATION_NOT_APPROVED':
    'A motivation must be approved by an elected official before it is shared.',
  'errors.COMMITMENT.MOTIVATION_ALREADY_SHARED': 'This motivation is already shared.',
  'errors.PARTNER_SEARCH.INVALID_TRANSITION': 'The candidate cannot move to this stage.',
  'errors.PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED': 'Register the candidate authority before accepting it.',
  'errors.PARTNER_SEARCH.COMMITMENT_NOT_BUILT':
    'Accept a partner only once your motivations are reviewed by an elected official.',
  'errors.PARTNER_SEARCH.CANDIDATE_IS_PARTY':
    'This authority is already a party to the partnership: it cannot be a candidate.',
  'errors.PARTNER_SEARCH.DUPLICATE_CANDIDATE': 'This authority is already a candidate of this partnership.',
  'errors.VISIT.END_BEFORE_START': 'A visit cannot end before it starts.',
  'errors.VISIT.EMPTY_DELEGATION': 'A visit needs at least one delegation member.',
  'errors.VISIT.MEMBER_OTHER_PARTY': 'A delegation member belongs to the wrong side.',
  'errors.VISIT.TRAVEL_ADVISORY_REQUIRED': "Record the destination's travel advisory.",
  'errors.VISIT.RED_ZONE_REFUSED':
    'No delegation travels to a zone formally advised against (red): meet in a third place or exchange remotely.',
  'errors.VISIT.ORANGE_ZONE_NEEDS_ELECTED_APPROVAL':
    'A visit to a zone advised against except for an imperative reason (orange) needs the explicit approval of an elected official, with that reason.',
  'errors.VISIT.NOT_YET_ENDED': 'The visit has not taken place yet.',
  'errors.VISIT.ALREADY_TAKEN_PLACE': 'This visit has already started.',
  'errors.VISIT.CANCELLED': 'This visit was cancelled.',
  'errors.VISIT.APPROVAL_NOT_NEEDED':
    'Only a visit to a zone advised against except for an imperative reason needs this approval.',
  'errors.CONVENTION.ALREADY_EXISTS': 'A convention is already under way.',
  'errors.CONVENTION.INVALID_TERMS': 'The convention terms are incomplete or invalid.',
  'errors.CONVENTION.INVALID_TRANSITION': 'The convention cannot do this in its current state.',
  'errors.CONVENTION.NOT_APPROVABLE':
    'The convention cannot be approved yet: motivations shared by all, compatibility reviewed and priorities set come first.',
  'errors.CONVENTION.VERSION_MISMATCH': 'This is not the current version of the convention.',
  'errors.CONVENTION.ALREADY_APPROVED': 'This party already approved this version.',
  'errors.CONVENTION.NOT_SIGNABLE':
    'The convention can be signed only once every party approved the same version.',
  'errors.CONVENTION.SIGNATORY_MISSING': 'Every party needs a signatory.',
  'errors.CONVENTION.SIGNED_BEFORE_APPROVAL': 'The signature date cannot precede the approvals.',
  'errors.CONVENTION.EFFECTIVE_BEFORE_SIGNATURE': 'The convention cannot take effect before it is signed.',
  'errors.CONVENTION.NOT_YET_EXPIRED': 'The convention has not reached its expiry date.',
  'errors.CONVENTION.TACIT_RENEWAL_APPLIES': 'No party objected: the convention renews tacitly.',
  'errors.CONVENTION.TACIT_RENEWAL_NOT_PROVIDED': 'This convention does not provide for tacit renewal.',
  'errors.CONVENTION.RENEWAL_OBJECTED': 'A party objected to the tacit renewal.',
  'errors.CONVENTION.RENEWAL_NEEDS_DECISION': 'An explicit renewal needs the council decisions.',
  'errors.CONVENTION.OBJECTION_TOO_LATE': 'The deadline to object to the tacit renewal has passed.',
  'errors.CONVENTION.SUSPENSION_NEEDS_REASON': 'State the reason for suspending the convention.',
  'errors.CONVENTION.TERMINATION_NEEDS_REASON': 'State the reason for ending the convention.',
  'errors.CONVENTION.TERMINATION_NEEDS_NOTICE': 'Give the notice the convention requires.',
  'errors.CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS': 'Decide what happens to every ongoing action.',
  'errors.CONVENTION.PRIORITY_ALREADY_AGREED': 'Your side already agreed to this priority.',
  'errors.DIALOGUE.NO_PLAN': 'There is no dialogue plan yet.',
  'errors.DIALOGUE.DUPLICATE_AUDIENCE': 'Each audience appears only once in the plan.',
  'errors.DIALOGUE.INVALID_CADENCE': 'The frequency must be a whole number of days, weeks or months.',
  'errors.DIALOGUE.INVALID_TOLERANCE': 'The tolerance must be a whole number of days.',
  'errors.DIALOGUE.CHANNEL_REQUIRED': 'Choose at least one channel for each audience.',
  'errors.DIALOGUE.CHANNEL_NOT_USABLE': "This channel does not work with a partner's constraints.",
  'errors.DIALOGUE.PARTICIPANTS_MISSING': 'Each side needs participants for each audience.',
  'errors.DIALOGUE.ALREADY_APPROVED': 'This party already approved the dialogue plan.',
  'errors.DIALOGUE.EVENT_IN_FUTURE': 'Only exchanges that took place can be recorded.',
  'errors.SIGNAL.NOT_OWN_SIDE': 'A partner authority records warning signs on its own side only.',
  'errors.ACTION.THEME_REQUIRED': 'Choose at least one theme.',
  'errors.ACTION.LOCATION_REQUIRED': 'Say where the action takes place.',
  'errors.ACTION.INVALID_SDG': 'Sustainable Development Goals are numbered 1 to 17.',
  'errors.ACTION.END_BEFORE_START': 'An action cannot end before it starts.',
  'errors.ACTION.INVALID_AMOUNT': 'The amount must be a positive number.',
  'errors.ACTION.INVALID_CURRENCY': 'The currency must be a three-letter ISO code.',
  'errors.ACTION.INVALID_TRANSITION': 'The action cannot move to this status.',
  'errors.ACTION.STATUS_BY_INITIATOR_ONLY':
    'Only the authority that initiated this action changes its status; you can still log, measure and evaluate it.',
  'errors.ACTION.PROPOSER_CONFIRMED_BY_OTHER_SIDE':
    'Who proposed this action is confirmed by the other side, not by the side that stated it.',
  'errors.ACTION.PROPOSER_UNCHANGED':
    'This side is already stated as the one that proposed the action; the other side confirms it instead.',
  'errors.ACTION.INDICATOR_ALREADY_VALIDATED': 'This party already validated this indicator.',
  'errors.ACTION.INDICATOR_NOT_CO_VALIDATED':
    'Every party must validate the indicator before it is measured.',
  'errors.ACTION.EVALUATION_NOT_JOINT': 'A joint evaluation involves at least two parties.',

  'errors.ACTION.MEASUREMENT_BEFORE_START': 'A measurement cannot be dated before the action starts.',
  'errors.ACTION.MEASUREMENT_WRONG_UNIT': 'A measurement is expressed in the unit of its indicator.',
  'errors.ACTION.MEASUREMENT_BREAKDOWN_MISMATCH':
    'Each dimension of the breakdown must sum to the measured value.',
  'errors.ACTION.MEASUREMENT_UNKNOWN_CATEGORY':
    'The breakdown names only the indicator’s categories, each once.',
  'errors.ACTION.INDICATOR_PERIODS_INVALID':
    'Periods follow one another without overlapping, each ending after it starts, each with a target.',
  'errors.ACTION.INDICATOR_DISAGGREGATION_INVALID':
    'A breakdown has at most three dimensions, each with two or more distinct categories.',
  'errors.ODA.UNKNOWN_SECTOR': 'Choose sectors from the list of DAC purpose codes.',
  'errors.ODA.SECTORS_NOT_100': 'Each sector appears once and the percentages sum to 100.',
  'errors.ODA.INVALID_MARKER': 'A policy marker is scored 0, 1 or 2.',
  'errors.ODA.INVALID_RATE': 'Give the rate as units of the currency per euro (1 for the euro).',
  'errors.ODA.AMOUNT_WITHOUT_DATE': 'A committed or paid amount needs its date, and a date its amount.',
  'errors.FUNDING.TRANSITION_NOT_ALLOWED': 'This application cannot take that step from its current status.',
  'errors.FUNDING.NOT_A_DRAFT': 'Only a draft application is revised.',
  'errors.FUNDING.INVALID_AMOUNT': 'Give a positive amount (staff time may be zero).',
  'errors.FUNDING.INVALID_DATE': 'Give a date as day, month and year.',
  'errors.FUNDING.CALL_NOT_OPEN': 'An application is submitted while its call is open.',
  'errors.FUNDING.GRANT_ABOVE_REQUEST': 'A grant is at most the amount requested.',
  'errors.FUNDING.DECISION_BEFORE_SUBMISSION': 'A decision is dated on or after the submission.',
  'errors.FUNDING.CALL_DATES': 'A call closes on or after the day it opens.',
  'errors.FUNDING.INVALID_RULE':
    'Each rule appears once; a share is between 0 and 100 % and an amount is positive.',
  'errors.FUNDING.NOT_GRANTED': 'Tranches and reports follow a granted application.',
  'errors.FUNDING.TRANCHES_ABOVE_GRANT': 'The tranches add up to at most the amount granted.',
  'errors.FUNDING.REPORT_ALREADY_SUBMITTED': 'This report was already sent.',
  'health.METHOD_PROGRESS': 'The criteria of the steps reached are met.',
  'health.DIALOGUE_REGULARITY': 'Exchanges happen at the agreed frequency for each audience.',
  'health.VISIT_RECIPROCITY': 'Visits go in both directions.',
  'health.ACTION_BALANCE': 'Actions are initiated by, and located on, every party in balance.',
  'health.INDICATORS_CO_VALIDATED': 'Indicators are validated by every party.',
  'health.CONVENTION_IN_FORCE': 'A cooperation convention is in force.',
  'health.RELATION_STABILITY':
    'No warning sign of rupture weighs on the relation (counts only while one does; each takes 40 % of it).',
} as const satisfies Messages;
