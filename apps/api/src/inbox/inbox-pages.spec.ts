import { inboxItemPath } from './inbox-pages';

describe('where an inbox item leads', () => {
  it('opens a visit to approve or to report on at its own card, not at the top of the visits page', () => {
    expect(
      inboxItemPath({ kind: 'orange-zone-visit-approval', partnershipId: 'p-1', subjectId: 'v-1' }),
    ).toBe('/partenariats/p-1/missions#mission-v-1');
    expect(inboxItemPath({ kind: 'visit-report-due', partnershipId: 'p-1', subjectId: 'v-2' })).toBe(
      '/partenariats/p-1/missions#mission-v-2',
    );
    expect(inboxItemPath({ kind: 'visit-follow-up', partnershipId: 'p-1', subjectId: 'f-1' })).toBe(
      '/partenariats/p-1/missions#follow-up-f-1',
    );
  });

  it('opens the other items on the page where they are acted on', () => {
    expect(
      inboxItemPath({ kind: 'dialogue-exchange-due', partnershipId: 'p-1', subjectId: 'technicians' }),
    ).toBe('/partenariats/p-1/dialogue');
    expect(inboxItemPath({ kind: 'motivation-review', partnershipId: 'p-1', subjectId: 'm-1' })).toBe(
      '/partenariats/p-1/engagement',
    );
  });
});
