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
 * The web app's path where the item is acted on: one click from the inbox or the digest mail. A follow-up
 * is one among the visits' follow-ups: its own anchor on the page.
 */
export function inboxItemPath(item: Pick<InboxItem, 'kind' | 'partnershipId' | 'subjectId'>): string {
  const page = `/partenariats/${item.partnershipId}/${PAGE_OF_KIND[item.kind]}`;
  return item.kind === 'visit-follow-up' ? `${page}#follow-up-${item.subjectId}` : page;
}
