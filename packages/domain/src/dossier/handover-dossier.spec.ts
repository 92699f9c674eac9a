import { assessPartnership } from '../assessment/assess-partnership';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { INITIATOR, NOW, PARTNER, conventionInForce, run } from '../testing/fixtures.test-helpers';
import { atlasProjectSheets } from './atlas-sheet';
import { handoverPartnership, type ContactsByOrganisation } from './handover-dossier';
import { missingContactFields } from './organisation-contacts';

const CONTACTS: ContactsByOrganisation = {
  [INITIATOR]: {
    elected: { name: 'Hélène Marchais', title: 'Adjointe', email: 'h@lyon.test' },
    officer: { name: null, title: null, email: null },
    phone: null,
  },
  [PARTNER]: {
    elected: { name: 'محمد الإدريسي', title: 'Vice-président', email: null },
    officer: { name: null, title: null, email: null },
    phone: null,
  },
};

function withTacitRenewal(): PartnershipSnapshot {
  return conventionInForce({
    durationMonths: 36,
    tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
    terminationNoticeDays: 90,
  });
}

function withPrivateMotivationOfPartner(snapshot: PartnershipSnapshot): PartnershipSnapshot {
  return run(snapshot, [
    {
      type: 'StateMotivation',
      motivationId: 'partner-private',
      partyId: PARTNER,
      category: 'financial',
      frameOfReference: 'pro_domo',
      text: 'Attirer des financements extérieurs',
      authorId: 'author',
    },
  ]);
}

describe('the handover dossier of a partnership', () => {
  const dossierOf = (snapshot: PartnershipSnapshot, own = INITIATOR) =>
    handoverPartnership(snapshot, assessPartnership(snapshot, NOW), own, CONTACTS);

  it('gives the convention’s renewal objection date and notice from its binding terms', () => {
    const entry = dossierOf(withTacitRenewal());
    expect(entry.convention).toMatchObject({
      state: 'in_force',
      effectiveOn: '2025-06-01',
      expiresOn: '2028-06-01',
      tacitRenewal: true,
      renewalObjectionBy: '2028-04-02',
      renewalObjected: false,
      terminationNoticeDays: 90,
    });
  });

  it('lists the council decisions of both sides, oldest first', () => {
    const entry = dossierOf(withTacitRenewal());
    expect(entry.councilDecisions.map((decision) => [decision.subject, decision.reference])).toEqual([
      ['motivations', 'DEL-2025-01'],
      ['convention', 'DEL-LYON-7'],
      ['convention', 'DEL-BKO-3'],
    ]);
  });

  it('shows a partner’s motivation only once that partner shared it', () => {
    const snapshot = withPrivateMotivationOfPartner(withTacitRenewal());
    const texts = (own: string) => dossierOf(snapshot, own).motivations.map((motivation) => motivation.text);
    expect(texts(INITIATOR)).not.toContain('Attirer des financements extérieurs');
    expect(texts(PARTNER)).toContain('Attirer des financements extérieurs');
  });

  it('names the contacts of both sides, the reader’s own first', () => {
    const entry = dossierOf(withTacitRenewal());
    expect(
      entry.contacts.slice(0, 2).map((contact) => [contact.own, contact.name, contact.capacity]),
    ).toEqual([
      [true, 'Hélène Marchais', 'international_elected'],
      [false, 'محمد الإدريسي', 'international_elected'],
    ]);
  });

  it('explains the health score by its weakest components first', () => {
    const { health } = dossierOf(withTacitRenewal());
    const ratios = health.components.map((component) => component.points / component.weight);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(health.components.every((component) => component.weight > 0)).toBe(true);
  });
});

describe('the atlas project sheets', () => {
  it('gives one sheet per partner authority with the convention and its objectives', () => {
    const [sheet, ...others] = atlasProjectSheets(withTacitRenewal(), INITIATOR);
    expect(others).toEqual([]);
    expect(sheet).toMatchObject({
      partnerCountry: 'ML',
      conventionState: 'in_force',
      conventionSignedOn: '2025-05-30',
      objectives: 'Water for all',
    });
  });

  it('asks for the contact fields the profile leaves blank', () => {
    expect(missingContactFields(CONTACTS[INITIATOR]!)).toEqual([
      'officer.name',
      'officer.title',
      'officer.email',
    ]);
  });
});
