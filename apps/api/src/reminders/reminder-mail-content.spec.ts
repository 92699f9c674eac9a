import type { PartnershipSnapshot } from '@passerelle/domain';
import { nextSendInstant, reminderMailContentOf } from './reminder-mail-content';

describe('when a reminder mail may go', () => {
  const paris = 'Europe/Paris';

  it('waits for the planned instant when the job comes early', () => {
    const sendAt = new Date('2027-03-05T08:00:00Z');
    expect(nextSendInstant(sendAt, new Date('2027-03-05T07:59:00Z'), paris)).toEqual(sendAt);
  });

  it('goes at once when it is late in the day but not at night', () => {
    const now = new Date('2027-03-05T15:00:00Z');
    expect(nextSendInstant(new Date('2027-03-05T08:00:00Z'), now, paris)).toEqual(now);
  });

  it('waits for the next morning, local to the recipient, when a late delivery falls at night', () => {
    const lateAtNight = new Date('2027-03-05T22:30:00Z'); // 23:30 in Paris
    expect(nextSendInstant(new Date('2027-03-05T08:00:00Z'), lateAtNight, paris)).toEqual(
      new Date('2027-03-06T07:00:00Z'), // 08:00 in Paris
    );
    // The same instant is 09:30 the next morning in Nouméa: outside its quiet hours, it goes at once.
    expect(nextSendInstant(new Date('2027-03-05T08:00:00Z'), lateAtNight, 'Pacific/Noumea')).toEqual(
      lateAtNight,
    );
  });

  it('goes at night too where the operator turned quiet hours off', () => {
    const lateAtNight = new Date('2027-03-05T22:30:00Z');
    const none = { start: '00:00', end: '00:00' };
    expect(nextSendInstant(new Date('2027-03-05T08:00:00Z'), lateAtNight, paris, none)).toEqual(lateAtNight);
  });
});

describe('what a reminder mail says', () => {
  const snapshot = {
    partnership: {
      id: 'p-1',
      name: 'Angers – Bamako',
      parties: [
        { organisationId: 'angers', role: 'initiator' },
        { organisationId: 'bamako', role: 'partner' },
      ],
    },
    organisations: [
      { id: 'angers', name: "Ville d'Angers" },
      { id: 'bamako', name: 'District de Bamako' },
    ],
    visits: [
      {
        id: 'v-1',
        direction: 'from_partner',
        partnerPartyId: 'bamako',
        purpose: 'Visite de la régie des eaux',
        startsOn: '2027-04-10',
        endsOn: '2027-04-14',
      },
    ],
    convention: null,
  } as unknown as PartnershipSnapshot;

  it('names the other parties from the recipient’s side, the visit’s sides, and the page to act on', () => {
    const content = reminderMailContentOf({
      reminder: {
        kind: 'visit-upcoming',
        partnershipId: 'p-1',
        organisationId: 'bamako',
        audience: null,
        visitId: 'v-1',
        conventionId: null,
        subjectDate: '2027-04-10',
      },
      recipientName: 'Awa Traoré',
      snapshot,
      today: '2027-03-11',
      publicUrl: 'https://passerelle.example',
    });
    expect(content).toMatchObject({
      partnershipTitle: 'Angers – Bamako',
      otherParties: ["Ville d'Angers"],
      visit: {
        purpose: 'Visite de la régie des eaux',
        travellingParty: 'District de Bamako',
        hostParty: "Ville d'Angers",
      },
      link: 'https://passerelle.example/partenariats/p-1/missions',
    });
  });
});
