/**
 * Addresses in the web app that mails, the inbox and the calendar feed link to, where one page lists many
 * records: the visits page opens at a visit's card by its anchor (the web app's `visitAnchorId`).
 */
export function visitPagePath(partnershipId: string, visitId: string): string {
  return `/partenariats/${partnershipId}/missions#mission-${visitId}`;
}
