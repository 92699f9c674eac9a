import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { partnershipStatusFr } from './fr';

export const partnershipStatusEn: Catalogue<typeof partnershipStatusFr> = {
  partnershipStatus: {
    title: 'Partnership status',
    badges: {
      active: 'Active',
      suspended: 'Suspended',
      noticeRunning: 'Notice running',
      terminated: 'Ended',
    },
    active: 'The partnership is active.',
    suspendedSince: 'The partnership has been suspended since {{date}}.',
    suspendedEffect:
      'The steps are on hold until it resumes; everything done so far stays readable by every party.',
    noticeRunning:
      'The partnership was ended on {{decidedOn}}. The notice is running: the end takes effect on {{effectiveOn}}.',
    terminated: 'The partnership ended on {{effectiveOn}}.',
    frozen: 'Nothing can change any more; its history stays readable by every party. Nothing was deleted.',
    reason: 'Reason',
    decidedOn: 'Decided on',
    noticeGivenOn: 'Notice given on',
    effectiveOn: 'Takes effect on',
    fatesTitle: 'Fate of the ongoing actions',
    noActionDecisions: 'No action was ongoing.',
    unknownAction: 'Action with no known title',
    fateOf: '{{title}}: {{fate}}',
    fates: {
      complete_during_notice: 'completed during the notice period',
      hand_over: 'handed over to another lead',
      stop: 'stopped (action cancelled)',
    },
    fateChoices: {
      none: '— Choose —',
      complete_during_notice: 'complete it during the notice period',
      hand_over: 'hand it over to another lead',
      stop: 'stop it (it will be cancelled)',
    },
    actionStatuses: {
      planned: 'Planned action',
      in_progress: 'Action in progress',
      on_hold: 'Action on hold',
      completed: 'Completed action',
      cancelled: 'Cancelled action',
    },
    conflict:
      'The partnership changed in the meantime: its status was reloaded, check it and try again if needed.',
    cancel: 'Cancel',
    suspend: {
      open: 'Suspend the partnership',
      title: 'Suspend the partnership',
      intro: 'Say why. The other parties will be told by mail; the partnership can resume later.',
      reason: 'Reason for the suspension',
      reasonRequired: 'State the reason for the suspension.',
      submit: 'Confirm the suspension',
      done: 'The partnership is suspended. The other parties are told by mail.',
    },
    resume: {
      submit: 'Resume the partnership',
      done: 'The partnership has resumed.',
    },
    terminate: {
      open: 'End the partnership',
      title: 'End the partnership',
      intro:
        'No convention binds the parties: ending it is a simple act, effective at once, never a deletion — a reason and a decision for each ongoing action. The history stays readable by every party. An end with notice takes the negotiated rupture below.',
      reason: 'Reason for ending the partnership',
      reasonRequired: 'State the reason for ending the partnership.',
      noticeGivenOn: 'Notice given on',
      noticeGivenOnHint: 'The day the partner was told, today at the latest.',
      effectiveOn: 'End takes effect on',
      abandonHint: 'Effective at once: a later end, with notice, takes the negotiated rupture.',
      dateRequired: 'Enter a date.',
      noticeTooShort_one:
        'The partner is owed {{count}} day of notice; the dates chosen leave only {{given}}.',
      noticeTooShort_other:
        'The partner is owed {{count}} days of notice; the dates chosen leave only {{given}}.',
      noticeInFuture: 'Notice must have been given today at the latest.',
      actionsTitle: 'Fate of the ongoing actions',
      actionsIntro: 'Decide what becomes of each one: no project is cut off without a decision.',
      noOngoingActions: 'No action is ongoing.',
      actionFate: 'Fate of the action “{{title}}”',
      decisionRequired: 'Choose what happens to this action.',
      decisionsMissing_one:
        'Decide what happens to every ongoing action before ending the partnership: {{count}} action still awaits a decision.',
      decisionsMissing_other:
        'Decide what happens to every ongoing action before ending the partnership: {{count}} actions still await a decision.',
      review: 'Review before confirming',
      confirmTitle: 'Confirm the end of the partnership',
      confirmText:
        'Notice given on {{noticeGivenOn}}, end taking effect on {{effectiveOn}}. The other parties will be told by mail.',
      confirmFinal: 'This decision is final: the partnership can no longer change or resume.',
      confirm: 'Confirm the end of the partnership',
      back: 'Back to the form',
      done: 'The partnership was ended. The other parties are told by mail.',
    },
  },
  rupture: {
    title: 'Negotiated rupture',
    none: 'No rupture is under way. Ending a partnership bound by a convention takes these steps: a proposal to the partner and a negotiation, the deliberation of the elected body, notice during which the partnership goes on, then the end.',
    stages: {
      negotiating: 'Negotiation under way',
      notice: 'Notice running',
      withdrawn: 'Rupture withdrawn',
      ended: 'Rupture effective',
    },
    proposed: 'Rupture proposed by {{party}} on {{date}}.',
    deliberation: 'Deliberation',
    deliberationText: '{{body}}, deliberation {{reference}} of {{date}}',
    awaiting: 'Awaiting the answer of: {{parties}}.',
    heard: 'The partner has answered.',
    decisionFrom: 'The deliberation can be recorded from {{date}} (or as soon as the partner answers).',
    decisionOpen: 'The deliberation can be recorded.',
    noticeRuns_one:
      'The partnership goes on during the notice — exchanges, actions to complete, the partner’s answers — and ends by itself on {{date}} ({{count}} day left).',
    noticeRuns_other:
      'The partnership goes on during the notice — exchanges, actions to complete, the partner’s answers — and ends by itself on {{date}} ({{count}} days left).',
    withdrawn: 'Withdrawn on {{date}}: {{reason}}',
    noDeliberation: 'Ended before Passerelle recorded deliberations: no reference is known.',
    responses: 'The partner’s answers',
    response: '{{party}}, on {{date}}:',
    textRequired: 'This field is required.',
    propose: {
      open: 'Propose a rupture to the partner',
      title: 'Propose a rupture',
      intro:
        'The partner is told at once by mail and can answer here. Nothing is decided yet: the rupture is negotiated.',
      reason: 'Why consider ending the partnership?',
      submit: 'Tell the partner and open the negotiation',
      done: 'The rupture is proposed: the partner is told and can answer.',
    },
    respond: {
      open: 'Answer the proposed rupture',
      title: 'Your answer',
      intro: 'Your answer is kept on record and sent to the other party before it decides.',
      text: 'Your authority’s answer',
      submit: 'Send the answer',
      done: 'Your answer is recorded and sent.',
    },
    withdraw: {
      open: 'Withdraw the proposed rupture',
      title: 'Withdraw the proposal',
      intro: 'The negotiation let the partnership go on: the partner is told.',
      reason: 'Why the rupture is withdrawn',
      submit: 'Withdraw the proposal',
      done: 'The proposed rupture is withdrawn: the partnership goes on.',
    },
    decide: {
      open: 'Record the deliberation',
      title: 'Deliberation of the elected body',
      intro:
        'The end is decided by your elected body: state its deliberation. An elected official or the officer stating it may record it. Notice starts; the partnership goes on until the effective date.',
      body: 'Elected body',
      bodyHint: 'For instance: municipal council, departmental council.',
      reference: 'Reference of the deliberation',
      adoptedOn: 'Deliberation adopted on',
      effectiveOnHint_one: 'On {{date}} at the earliest: {{count}} day of notice is owed.',
      effectiveOnHint_other: 'On {{date}} at the earliest: {{count}} days of notice are owed.',
      incomplete:
        'State the body, the reference and the dates of the deliberation, and the fate of each ongoing action.',
      submit: 'Record the deliberation and give notice',
      done: 'The deliberation is recorded: notice is running, the partner is told.',
    },
  },
};
