import { assessPartnership } from '../assessment/assess-partnership';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { INITIATOR, NOW, PARTNER, conventionInForce, run } from '../testing/fixtures.test-helpers';
import { atlasProjectSheets } from './atlas-sheet';
import {
  handoverPartnership,
  type ContactsByOrganisation,
  type HandoverApplicationSource,
} from './handover-dossier';
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

function withWellAction(snapshot: PartnershipSnapshot): PartnershipSnapshot {
  return run(snapshot, [
    {
      type: 'CreateAction',
      actionId: 'well',
      title: 'Forage du quartier Nord',
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn: [PARTNER],
      initiatedBy: PARTNER,
      operators: [],
      priority: 'high',
      startsOn: '2025-03-01',
      endsOn: '2026-03-01',
    },
  ]);
}

/** An application of the well's action, granted by the EU unless told otherwise; NOW is 2025-06-02. */
function application(overrides: Partial<HandoverApplicationSource> = {}): HandoverApplicationSource {
  return {
    application: {
      actionId: 'well',
      status: 'granted',
      requestedAmount: 45_000,
      grantedAmount: 42_000,
      decidedOn: '2025-02-10',
      conditions: 'Rapport intermédiaire ; visibilité du programme.',
    },
    applicantId: INITIATOR,
    call: { funderName: 'Union européenne', name: 'Autorités locales', closesOn: '2025-01-15' },
    tranches: [
      {
        label: 'Solde',
        expectedOn: '2025-09-01',
        expectedAmount: 16_800,
        receivedOn: null,
        receivedAmount: null,
      },
      {
        label: 'Préfinancement',
        expectedOn: '2025-03-01',
        expectedAmount: 25_200,
        receivedOn: '2025-03-08',
        receivedAmount: 25_200,
      },
    ],
    reports: [
      { kind: 'final', dueOn: '2026-04-30', submittedOn: null },
      { kind: 'interim', dueOn: '2025-05-31', submittedOn: null },
    ],
    ...overrides,
  };
}

describe('the handover dossier of a partnership', () => {
  const dossierOf = (
    snapshot: PartnershipSnapshot,
    own = INITIATOR,
    applications: readonly HandoverApplicationSource[] = [],
  ) => handoverPartnership(snapshot, assessPartnership(snapshot, NOW), own, CONTACTS, applications);

  it('gives each grant’s conditions, its tranches expected and received, and its reports due, sent or overdue', () => {
    const sentInterim = application({
      reports: [{ kind: 'interim', dueOn: '2025-05-31', submittedOn: '2025-05-28' }],
    });
    const [grant] = dossierOf(withWellAction(withTacitRenewal()), INITIATOR, [application()]).grants;
    expect(grant).toMatchObject({
      actionTitle: 'Forage du quartier Nord',
      own: true,
      funderName: 'Union européenne',
      status: 'granted',
      submitBy: null,
      grantedAmount: 42_000,
      decidedOn: '2025-02-10',
      conditions: 'Rapport intermédiaire ; visibilité du programme.',
    });
    expect(grant?.tranches).toEqual([
      expect.objectContaining({ label: 'Préfinancement', receivedAmount: 25_200, late: false }),
      expect.objectContaining({ label: 'Solde', receivedOn: null, late: false }),
    ]);
    expect(grant?.reports).toEqual([
      { kind: 'interim', dueOn: '2025-05-31', submittedOn: null, overdue: true },
      { kind: 'final', dueOn: '2026-04-30', submittedOn: null, overdue: false },
    ]);
    const [sent] = dossierOf(withWellAction(withTacitRenewal()), INITIATOR, [sentInterim]).grants;
    expect(sent?.reports).toEqual([
      { kind: 'interim', dueOn: '2025-05-31', submittedOn: '2025-05-28', overdue: false },
    ]);
  });

  it('keeps a partner’s submission, then a draft with its call’s closing date, and leaves out what binds no one', () => {
    const draft = application({
      application: { ...application().application, status: 'draft', grantedAmount: null, decidedOn: null },
      call: { funderName: 'MEAE', name: 'Jeunesse et patrimoine', closesOn: '2025-06-12' },
      tranches: [],
      reports: [],
    });
    const partners = application({
      application: { ...application().application, status: 'submitted', grantedAmount: null },
      applicantId: PARTNER,
    });
    const refused = application({ application: { ...application().application, status: 'refused' } });
    const withdrawn = application({ application: { ...application().application, status: 'withdrawn' } });
    const grants = dossierOf(withWellAction(withTacitRenewal()), INITIATOR, [
      draft,
      refused,
      partners,
      withdrawn,
    ]).grants;
    expect(grants.map((grant) => [grant.status, grant.own, grant.applicantName, grant.submitBy])).toEqual([
      ['submitted', false, 'Authority org-bamako', null],
      ['draft', true, 'Authority org-lyon', '2025-06-12'],
    ]);
  });

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
