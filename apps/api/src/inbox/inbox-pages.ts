import type { InboxItem, InboxItemKind } from '@passerelle/domain';
import { visitPagePath } from '../common/web-paths';

/** The page of the web app where each kind of item is acted on (the same paths the reminder mails link to). */
const PAGE_OF_KIND = {
  'motivation-review': 'engagement',
  'orange-zone-visit-approval': 'missions',
  'compatibility-review': 'motivations-croisees',
  'priority-agreement': 'motivations-croisees',
  'convention-approval': 'convention',
  'visit-follow-up': 'missions',
  'dialogue-exchange-due': 'dialogue',
  'visit-report-due': 'missions',
  'funding-call-closing': 'actions',
  'funding-report-due': 'actions',
} as const satisfies Record<InboxItemKind, string>;

/** The web app's path where the item is acted on: one click from the inbox or the digest mail. */
export function inboxItemPath(item: Pick<InboxItem, 'kind' | 'partnershipId' | 'subjectId'>): string {
  const page = `/partenariats/${item.partnershipId}/${PAGE_OF_KIND[item.kind]}`;
  switch (item.kind) {
    case 'visit-follow-up':
      return `${page}#follow-up-${item.subjectId}`;
    case 'orange-zone-visit-approval':
    case 'visit-report-due':
      return visitPagePath(item.partnershipId, item.subjectId);
    default:
      return page;
  }
}
