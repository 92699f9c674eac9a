import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { politicalDialogueFr } from './fr';

export const politicalDialogueEn: Catalogue<typeof politicalDialogueFr> = {
  politicalDialogue: {
    title: 'Motivations side by side and shared priorities',
    intro:
      'Each party puts its motivations on the table: elected officials compare them and say whether they are compatible with their own authority’s, then the parties agree on the priorities the convention will carry.',
    conflict:
      'Someone changed the political dialogue in the meantime: it was reloaded, check it and try again.',
    categories: {
      political: 'Political',
      institutional: 'Institutional',
      technical_sectoral: 'Technical or sectoral',
      financial: 'Financial',
      economic: 'Economic',
    },
    frames: {
      humanist: 'Humanist',
      political: 'Political',
      pro_domo: 'Pro domo',
    },
    motivations: {
      title: 'Motivations on the table',
      intro: 'Only the motivations each party shared appear here; its internal motivations remain its own.',
      noPartner: 'No partner authority yet: the comparison will be possible once a partner has joined.',
      nothingFromPartner:
        '{{parties}} has not shared any motivation yet: the comparison will be possible once its motivations are on the table.',
      yourSide: 'Your authority',
      yoursEmpty: 'Your authority has not shared any motivation yet.',
      shareYours: 'Share your motivations (step 1)',
      partnerEmpty: '{{party}} has not shared any motivation yet.',
      frames:
        'Frames of reference — humanist: {{humanist}} · political: {{political}} · pro domo: {{proDomo}}',
      listOf: 'Motivations shared by {{party}}',
      sharedOn: 'Shared on {{date}}',
    },
    reviews: {
      title: 'Compatibility of the motivations',
      intro:
        'The elected officials of each party say whether the motivations on the table are compatible with their own authority’s.',
      listLabel: 'Compatibility reviews by party',
      none: 'No review yet.',
      verdicts: {
        approved: 'Compatible',
        changes_requested: 'Adjustments requested',
      },
      by: 'Review by {{name}}, on {{date}}.',
      councilDecisionBoth: 'Council decision {{reference}} of {{date}}.',
      councilDecisionRefOnly: 'Council decision {{reference}}.',
      councilDecisionDateOnly: 'Council decision of {{date}}.',
      outdated:
        'This review predates the latest sharing of motivations: it no longer counts, a new review is expected.',
    },
    reviewForm: {
      title: 'Give the review of {{party}}',
      hint: 'You give this review as an elected official, on behalf of your authority.',
      replaces:
        'You give this review as an elected official, on behalf of your authority; it replaces the previous one.',
      comment: 'Comment',
      commentHint: 'Optional; useful to say what needs adjusting.',
      councilDecisionRef: 'Council decision reference',
      councilDecisionRefHint: 'If the council decided on it, for example DEL-2026-014.',
      councilDecisionOn: 'Council decision date',
      compatible: 'Judge the motivations compatible',
      changesRequested: 'Request adjustments',
      done: {
        approved: 'Review recorded: the motivations are judged compatible.',
        changes_requested: 'Review recorded: adjustments are requested.',
      },
    },
    priorities: {
      title: 'Shared priorities',
      intro:
        'The priorities the convention will carry. Each one counts once every party approved it; a party’s agreement is given by one of its elected officials.',
      empty: 'No priority proposed yet.',
      listLabel: 'Priorities',
      agreedByAll: 'Approved by every party',
      awaitingAll: 'Awaiting agreement',
      stakes: 'Stakes of your territory: {{stakes}}',
      otherStakes_one: 'Stakes of the partner territory: {{count}}',
      otherStakes_other: 'Stakes of the partner territory: {{count}}',
      agreementsOf: 'Agreement of the parties on “{{title}}”',
      partyAgreed: 'agreed',
      partyAwaited: 'agreement awaited',
      agree: 'Approve this priority',
      agreed: 'You approved the priority “{{title}}”.',
    },
    priorityForm: {
      title: 'Propose a priority',
      hint: 'The priority is proposed on behalf of {{party}}, which approves it by proposing it; {{parties}} then approves it in turn.',
      titleLabel: 'Title of the priority',
      titleHint: 'For example: access to drinking water in the outlying districts.',
      titleRequired: 'Give the title of the priority.',
      stakes: 'Stakes of your territory it answers',
      stakesHint: 'Optional: the stakes identified in step 1.',
      noStakes: 'No stake recorded in step 1 yet.',
      submit: 'Propose the priority',
      done: 'Priority “{{title}}” proposed: it awaits the agreement of {{parties}}.',
    },
    readiness: {
      title: 'Before approving the convention',
      ready: 'Every condition of the method is met to approve the convention.',
      missing: 'The method still requires:',
      listLabel: 'Conditions still to meet',
      awaitingYou: 'For your authority to do.',
      awaitingYouAnd: 'For your authority and {{parties}} to do.',
      awaitingOthers: 'Your authority did its part: waiting for {{parties}}.',
    },
  },
};
