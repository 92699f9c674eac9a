import {
  createPartnership,
  EMPTY_CONVENTION_CONTENT,
  type Convention,
  type Organisation,
  type PartnershipSnapshot,
  type InterfaceLanguage,
  type Visit,
  interfaceLanguageOf,
} from '@passerelle/domain';
import { buildPersonalCalendar, type PersonalCalendarInput } from './personal-calendar';

const NOW = new Date('2026-03-10T10:00:00Z');

function organisation(id: string, name: string, country: string, timeZone: string): Organisation {
  return {
    id,
    name,
    kind: 'commune',
    country,
    population: 100_000,
    languages: ['fr'],
    timeZone,
    communication: { internet: 'good', phone: 'good', usualChannels: ['email'] },
  };
}

const ANGERS = organisation('angers', "Ville d'Angers", 'FR', 'Europe/Paris');
const BAMAKO = organisation('bamako', 'District de Bamako', 'ML', 'Africa/Bamako');
const DAKAR = organisation('dakar', 'Ville de Dakar', 'SN', 'Africa/Dakar');

function partnership(fields: Partial<PartnershipSnapshot> = {}): PartnershipSnapshot {
  const created = createPartnership(
    {
      type: 'CreatePartnership',
      partnershipId: 'p1',
      name: 'Angers – Bamako – Dakar',
      form: 'decentralised_cooperation',
      approach: 'mutual_interest',
      initiator: ANGERS,
      partners: [BAMAKO, DAKAR],
    },
    new Date('2025-01-01T00:00:00Z'),
  );
  if (!created.ok) throw new Error(created.error.message);
  return { ...created.value.state, ...fields };
}

function visit(id: string, startsOn: string, endsOn: string, fields: Partial<Visit> = {}): Visit {
  return {
    id,
    direction: 'to_partner',
    partnerPartyId: 'bamako',
    startsOn,
    endsOn,
    purpose: `Mission ${id}`,
    agenda: [],
    delegation: [],
    hosts: [],
    travelAdvisory: null,
    travelApproval: null,
    report: null,
    cancelled: false,
    ...fields,
  };
}

const input = (fields: Partial<PersonalCalendarInput>): PersonalCalendarInput => ({
  organisationId: 'angers',
  organisationName: "Ville d'Angers",
  language: 'fr',
  publicUrl: 'https://passerelle.test',
  partnerships: [],
  now: NOW,
  ...fields,
});

describe('personal calendar', () => {
  it('keeps visits not yet ended, the one under way included, and drops cancelled and past ones', () => {
    const snapshot = partnership({
      visits: [
        visit('later', '2026-04-01', '2026-04-03'),
        visit('under-way', '2026-03-09', '2026-03-11'),
        visit('ended', '2026-03-01', '2026-03-09'),
        visit('cancelled', '2026-03-20', '2026-03-21', { cancelled: true }),
      ],
    });
    const calendar = buildPersonalCalendar(input({ partnerships: [snapshot] }));
    expect(calendar.events.map((event) => event.uid)).toEqual([
      'visit-under-way@passerelle.test',
      'visit-later@passerelle.test',
    ]);
  });

  it('words a visit from the reader’s side: travelling, hosting, or a third party', () => {
    const snapshot = partnership({ visits: [visit('v', '2026-04-01', '2026-04-03')] });
    const summaryFor = (organisationId: string, language: InterfaceLanguage = 'fr') =>
      buildPersonalCalendar(input({ organisationId, language, partnerships: [snapshot] })).events[0]!.summary;
    expect(summaryFor('angers')).toBe('Mission chez District de Bamako : Mission v');
    expect(summaryFor('bamako')).toBe("Accueil de la délégation de Ville d'Angers : Mission v");
    expect(summaryFor('dakar')).toBe("Mission de Ville d'Angers chez District de Bamako : Mission v");
    expect(summaryFor('dakar', 'en')).toBe("Ville d'Angers visits District de Bamako: Mission v");
    expect(summaryFor('dakar', 'de')).toBe(
      "Delegationsreise von Ville d'Angers nach District de Bamako: Mission v",
    );
    expect(summaryFor('bamako', 'es')).toBe("Acogida de la delegación de Ville d'Angers: Mission v");
    expect(summaryFor('angers', 'pt')).toBe('Missão a District de Bamako: Mission v');
    expect(summaryFor('bamako', 'pt')).toBe("Acolhimento da delegação de Ville d'Angers: Mission v");
    expect(summaryFor('angers', 'ar')).toBe('زيارة إلى District de Bamako: Mission v');
    expect(summaryFor('bamako', 'ar')).toBe("استقبال وفد Ville d'Angers: Mission v");
  });

  it('adds the next due exchange per audience, with its last exchange, on a stable UID', () => {
    const snapshot = partnership({
      dialoguePlan: {
        audiences: [
          {
            audience: 'elected_officials',
            cadence: { every: 1, unit: 'month' },
            channels: ['email'],
            participants: [],
          },
        ],
        toleranceDays: 14,
        proposedAt: new Date('2026-02-20T10:00:00Z'),
        approvedBy: ['angers', 'bamako', 'dakar'],
      },
    });
    const [due] = buildPersonalCalendar(input({ partnerships: [snapshot] })).events;
    expect(due).toMatchObject({
      uid: 'dialogue-p1-elected_officials@passerelle.test',
      firstDay: '2026-03-20',
      lastDay: '2026-03-20',
      summary: 'Échange à tenir (élus) – Angers – Bamako – Dakar',
      url: 'https://passerelle.test/partenariats/p1/dialogue',
    });
    expect(due!.description).toContain('Échéance du plan de dialogue : 20 mars 2026');
    expect(due!.description).toContain('Dernier échange : aucun pour l’instant');
    const later = buildPersonalCalendar(
      input({ partnerships: [snapshot], now: new Date('2026-03-25T10:00:00Z'), language: 'en' }),
    ).events[0]!;
    expect(later.uid).toBe(due!.uid);
    expect(later.summary).toBe('Exchange overdue (elected officials) – Angers – Bamako – Dakar');
  });

  const conventionInForce = (fields: Partial<Convention> = {}): Convention => ({
    id: 'c1',
    state: 'in_force',
    versions: [
      {
        number: 1,
        text: 'Article 1',
        content: { ...EMPTY_CONVENTION_CONTENT, objectives: 'Coopérer' },
        terms: {
          durationMonths: 36,
          tacitRenewal: { periodMonths: 12, objectionNoticeDays: 90 },
          terminationNoticeDays: 180,
        },
        createdAt: new Date('2024-01-01T00:00:00Z'),
      },
    ],
    approvals: [],
    signature: null,
    effectiveOn: '2024-01-01',
    expiresOn: '2026-12-31',
    renewalObjections: [],
    renewals: [],
    suspension: null,
    termination: null,
    ...fields,
  });

  it('adds the convention’s deadlines: last day to object to its tacit renewal, and its expiry', () => {
    const calendar = buildPersonalCalendar(
      input({ partnerships: [partnership({ convention: conventionInForce() })] }),
    );
    expect(calendar.events.map((event) => [event.uid, event.firstDay, event.summary])).toEqual([
      [
        'convention-c1-objection@passerelle.test',
        '2026-10-02',
        'Dernier jour pour s’opposer à la reconduction de la convention – Angers – Bamako – Dakar',
      ],
      [
        'convention-c1-expiry@passerelle.test',
        '2026-12-31',
        'Échéance de la convention – Angers – Bamako – Dakar',
      ],
    ]);
    expect(calendar.events[0]?.description).toContain(
      'Sans opposition d’une partie au plus tard le 2 octobre 2026, la convention est reconduite tacitement',
    );
    expect(calendar.events[0]?.url).toBe('https://passerelle.test/partenariats/p1/convention');
  });

  it('adds the end of a termination notice, and drops deadlines already passed', () => {
    const terminated = conventionInForce({
      state: 'terminated',
      expiresOn: '2026-01-31',
      termination: {
        reason: 'Fin de mandat',
        noticeGivenOn: '2026-01-15',
        effectiveOn: '2026-07-15',
        actionDecisions: [],
        decidedAt: new Date('2026-01-15T10:00:00Z'),
      },
    });
    const calendar = buildPersonalCalendar(
      input({ language: 'en', partnerships: [partnership({ convention: terminated })] }),
    );
    expect(calendar.events.map((event) => [event.firstDay, event.summary])).toEqual([
      ['2026-07-15', 'Notice ends: the convention ends – Angers – Bamako – Dakar'],
    ]);
  });

  it('shows nothing of a suspended partnership', () => {
    const snapshot = partnership({ visits: [visit('v', '2026-04-01', '2026-04-03')] });
    const suspended = { ...snapshot, partnership: { ...snapshot.partnership, status: 'suspended' as const } };
    expect(buildPersonalCalendar(input({ partnerships: [suspended] })).events).toEqual([]);
  });

  it('reads an interface language by its primary subtag and anything else as French', () => {
    expect(['en', 'en-GB', 'EN', 'fr', 'de-AT', 'es', 'it', ''].map(interfaceLanguageOf)).toEqual([
      'en',
      'en',
      'en',
      'fr',
      'de',
      'es',
      'fr',
      'fr',
    ]);
  });
});
