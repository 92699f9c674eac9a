import type { InboxItem, InboxItemKind } from '@passerelle/domain';

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

/**
 * The anchor of one item on its page, where the page lists many (the web app's `visitAnchorId` and the
 * visit report's follow-ups): the page opens on it rather than on its top.
 */
function anchorOf(item: Pick<InboxItem, 'kind' | 'subjectId'>): string | undefined {
  switch (item.kind) {
    case 'visit-follow-up':
      return `follow-up-${item.subjectId}`;
    case 'orange-zone-visit-approval':
    case 'visit-report-due':
      return `mission-${item.subjectId}`;
    default:
      return undefined;
  }
}

/** The web app's path where the item is acted on: one click from the inbox or the digest mail. */
export function inboxItemPath(item: Pick<InboxItem, 'kind' | 'partnershipId' | 'subjectId'>): string {
  const page = `/partenariats/${item.partnershipId}/${PAGE_OF_KIND[item.kind]}`;
  const anchor = anchorOf(item);
  return anchor ? `${page}#${anchor}` : page;
}
