import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { inboxFr } from './fr';

export const inboxEn: Catalogue<typeof inboxFr> = {
  inbox: {
    title: 'To do',
    intro:
      'What waits for you in your authority’s partnerships: why, since when, by when, and where to do it.',
    link: 'To do',
    linkCount_one: ' {{count}} waiting',
    linkCount_other: ' {{count}} waiting',
    listLabel_one: '{{count}} thing to do',
    listLabel_other: '{{count}} things to do',
    empty: 'Nothing waits for you at the moment.',
    overdue: 'Overdue',
    since: 'Since {{date}}',
    dueOn: 'Due {{date}}',
    kind: {
      'motivation-review': 'Motivation to review',
      'orange-zone-visit-approval': 'Visit to an orange zone to approve',
      'compatibility-review': 'Compatibility of motivations to review',
      'priority-agreement': 'Priority to agree',
      'convention-approval': 'Convention version to approve',
      'visit-follow-up': 'Visit follow-up to do',
      'dialogue-exchange-due': 'Dialogue exchange due',
      'visit-report-due': 'Visit report to write',
      'funding-call-closing': 'Application to submit before the call closes',
      'funding-report-due': 'Report to the funder to send',
    },
    act: {
      'motivation-review': 'Review the motivation',
      'orange-zone-visit-approval': 'Examine the visit',
      'compatibility-review': 'Review compatibility',
      'priority-agreement': 'Agree the priority',
      'convention-approval': 'Record the council decision',
      'visit-follow-up': 'See the follow-up',
      'dialogue-exchange-due': 'Log an exchange',
      'visit-report-due': 'Write the report',
      'funding-call-closing': 'See the application',
      'funding-report-due': 'See the expected report',
    },
    audience: {
      elected_officials: 'between elected officials',
      technicians: 'between technicians',
      territory_actors: 'between territory actors',
    },
  },
};
