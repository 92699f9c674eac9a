import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  IATI_CODES,
  POLICY_MARKERS,
  UNSTATED_LINE_FIGURES,
  buildIatiFile,
  type BudgetLine,
  type IatiAction,
} from '@passerelle/domain';
import { XMLParser } from 'fast-xml-parser';
import { writeIatiActivities } from './iati-activity-xml';
import { IatiCodeLists } from './iati-code-lists';
import { escapeXmlAttribute, escapeXmlText, formatDecimal } from './xml-writer';

/** The sequence of `iati-activity`'s children in the IATI 2.03 schema (iati-activities-schema.xsd). */
const ACTIVITY_SEQUENCE = [
  'iati-identifier',
  'reporting-org',
  'title',
  'description',
  'participating-org',
  'other-identifier',
  'activity-status',
  'activity-date',
  'contact-info',
  'activity-scope',
  'recipient-country',
  'recipient-region',
  'location',
  'sector',
  'tag',
  'country-budget-items',
  'humanitarian-scope',
  'policy-marker',
  'collaboration-type',
  'default-flow-type',
  'default-finance-type',
  'default-aid-type',
  'default-tied-status',
  'budget',
  'planned-disbursement',
  'capital-spend',
  'transaction',
  'document-link',
  'related-activity',
  'legacy-data',
  'conditions',
  'result',
  'crs-add',
  'fss',
];
/** Children's sequences of the nested elements the file writes. */
const NESTED_SEQUENCES: Record<string, string[]> = {
  budget: ['period-start', 'period-end', 'value'],
  transaction: [
    'transaction-type',
    'transaction-date',
    'value',
    'description',
    'provider-org',
    'receiver-org',
    'disbursement-channel',
    'sector',
    'recipient-country',
    'recipient-region',
    'flow-type',
    'finance-type',
    'aid-type',
    'tied-status',
  ],
  result: ['title', 'description', 'document-link', 'reference', 'indicator'],
  indicator: ['title', 'description', 'document-link', 'reference', 'baseline', 'period'],
  period: ['period-start', 'period-end', 'target', 'actual'],
};
/** Required children (minOccurs 1) of the elements the file writes. */
const REQUIRED_CHILDREN: Record<string, string[]> = {
  'iati-activity': [
    'iati-identifier',
    'reporting-org',
    'title',
    'description',
    'participating-org',
    'activity-status',
    'activity-date',
  ],
  budget: ['period-start', 'period-end', 'value'],
  transaction: ['transaction-type', 'transaction-date', 'value'],
  result: ['title', 'indicator'],
  indicator: ['title'],
  period: ['period-start', 'period-end'],
};

const ANGERS = 'angers';
const KAIROUAN = 'kairouan';
const RABAT = 'rabat';
const ORGANISATION_ID = 'FR-SIRET-21490007800012';

function line(id: string, overrides: Partial<BudgetLine>): BudgetLine {
  return {
    id,
    funder: 'own_budget',
    funderName: 'Ville d’Angers',
    partyId: ANGERS,
    amount: 1000,
    currency: 'EUR',
    status: 'granted',
    ...UNSTATED_LINE_FIGURES,
    channel: 'direct',
    eurRate: 1,
    ...overrides,
  };
}

const TRICKY_TITLE = 'Eau & assainissement <phase 2> "Tunis" l’an 2';
const ARABIC = 'بلدية القيروان';

const ACTION: IatiAction = {
  id: 'a1',
  title: TRICKY_TITLE,
  description: `Puits à ${ARABIC} & Rabat\u0007 — 井戸`,
  objectives: 'Former 30 jeunes',
  sectors: [
    { code: '14031', percentage: 33.3 },
    { code: '41040', percentage: 66.7 },
  ],
  markers: { gender: 2, environment: 0 },
  locatedIn: [KAIROUAN, RABAT, ANGERS],
  operators: [
    { name: 'Compagnons & Cie', partyId: ANGERS, territoryActorId: null },
    { name: ARABIC, partyId: KAIROUAN, territoryActorId: null },
  ],
  budget: [
    line('l1', {
      currency: 'TND',
      amount: 27_200.5,
      periodStartsOn: '2025-01-01',
      periodEndsOn: '2025-12-31',
      committedAmount: 27_200.5,
      committedOn: '2025-01-10',
      paidAmount: 12_000,
      paidOn: '2025-03-01',
    }),
    line('l2', { currency: 'EUR', amount: 5000, periodStartsOn: '2026-01-01', periodEndsOn: '2026-12-31' }),
  ],
  status: 'in_progress',
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  indicators: [
    {
      id: 'i1',
      name: 'Jeunes formés < 25 ans',
      unit: 'personnes',
      kind: 'level',
      frequency: null,
      periods: [],
      disaggregations: [],
      baseline: 0,
      target: 30,
      proposedBy: KAIROUAN,
      validatedBy: [ANGERS, KAIROUAN],
      measurements: [
        { on: '2025-05-01', value: 12, recordedBy: KAIROUAN, breakdown: [], evidenceIds: [] },
        { on: '2026-02-01', value: 21, recordedBy: ANGERS, breakdown: [], evidenceIds: [] },
      ],
    },
  ],
};

function buildXml(): string {
  const file = buildIatiFile({
    reporter: {
      organisationId: ANGERS,
      name: 'Ville d’Angers',
      countryCode: 'FR',
      iatiIdentifier: ORGANISATION_ID,
      language: 'fr',
    },
    partnerships: [
      {
        id: 'p1',
        name: 'Angers – Kairouan',
        parties: [
          {
            organisationId: ANGERS,
            name: 'Ville d’Angers',
            countryCode: 'FR',
            iatiIdentifier: ORGANISATION_ID,
          },
          { organisationId: KAIROUAN, name: ARABIC, countryCode: 'TN', iatiIdentifier: null },
          { organisationId: RABAT, name: 'Commune de Rabat', countryCode: 'MA', iatiIdentifier: null },
        ],
        actions: [ACTION, { ...ACTION, id: 'a2', title: 'Deuxième action' }],
      },
    ],
    today: '2026-06-01',
    knownCurrencies: new Set(Intl.supportedValuesOf('currency')),
    odaRecipients: new Set(['TN', 'MA', 'ML']),
  });
  const codeLists = new IatiCodeLists();
  return writeIatiActivities(file.activities ?? [], {
    generatedAt: new Date('2026-06-01T10:00:00.123Z'),
    policyMarkerCode: (marker) => codeLists.policyMarkerCode(marker),
  });
}

/** A parsed node in document order: `{ [name]: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const orderedParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
});

function nameOf(node: OrderedNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: OrderedNode): OrderedNode[] {
  return (node[nameOf(node)] as OrderedNode[] | undefined) ?? [];
}

function elementsOf(nodes: OrderedNode[]): OrderedNode[] {
  return nodes.filter((node) => !['#text', '?xml'].includes(nameOf(node)));
}

function walk(node: OrderedNode, visit: (node: OrderedNode) => void): void {
  visit(node);
  for (const child of elementsOf(childrenOf(node))) walk(child, visit);
}

function parsedActivities(xml: string): OrderedNode[] {
  const document = elementsOf(orderedParser.parse(xml) as OrderedNode[]);
  const root = document[0];
  if (!root || nameOf(root) !== 'iati-activities') throw new Error('not an iati-activities document');
  return elementsOf(childrenOf(root));
}

function textOf(node: OrderedNode): string {
  return childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('');
}

function narrativesOf(activity: OrderedNode, element: string): string[] {
  return elementsOf(childrenOf(activity))
    .filter((child) => nameOf(child) === element)
    .flatMap((child) => elementsOf(childrenOf(child)).map(textOf));
}

function attributesOf(activity: OrderedNode, element: string): Array<Record<string, string>> {
  return elementsOf(childrenOf(activity))
    .filter((child) => nameOf(child) === element)
    .map((child) => child[':@'] ?? {});
}

describe('the IATI activity file as XML', () => {
  const xml = buildXml();
  const activities = parsedActivities(xml);

  it('is an iati-activities 2.03 document, one activity per action', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"')).toBe(
      true,
    );
    expect(xml).toContain('generated-datetime="2026-06-01T10:00:00Z"');
    expect(activities).toHaveLength(2);
  });

  it('prefixes every iati-identifier with the reporting-org’s ref', () => {
    for (const activity of activities) {
      const [identifier] = elementsOf(childrenOf(activity)).filter(
        (child) => nameOf(child) === 'iati-identifier',
      );
      const [reportingOrg] = attributesOf(activity, 'reporting-org');
      expect(reportingOrg).toEqual({ ref: ORGANISATION_ID, type: '11' });
      expect(textOf(identifier!).startsWith(`${reportingOrg!.ref}-`)).toBe(true);
    }
  });

  it('has every required element, in the schema’s order', () => {
    for (const activity of activities) {
      walk(activity, (node) => {
        const name = nameOf(node);
        const children = elementsOf(childrenOf(node)).map(nameOf);
        for (const required of REQUIRED_CHILDREN[name] ?? []) expect(children).toContain(required);
        const sequence = name === 'iati-activity' ? ACTIVITY_SEQUENCE : NESTED_SEQUENCES[name];
        if (!sequence) return;
        const positions = children.map((child) => sequence.indexOf(child));
        expect(positions.every((position) => position >= 0)).toBe(true);
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      });
    }
  });

  it('shares recipient countries and regions, and sectors, to 100', () => {
    for (const activity of activities) {
      const geography = [
        ...attributesOf(activity, 'recipient-country'),
        ...attributesOf(activity, 'recipient-region'),
      ];
      expect(geography.map((country) => country.code)).toEqual(['TN', 'MA']);
      const sum = (items: Array<Record<string, string>>) =>
        items.reduce((total, item) => total + Number(item.percentage), 0);
      expect(sum(geography)).toBeCloseTo(100, 9);
      expect(sum(attributesOf(activity, 'sector'))).toBeCloseTo(100, 9);
      expect(attributesOf(activity, 'sector').every((sector) => sector.vocabulary === '1')).toBe(true);
    }
  });

  it('writes ISO dates, and every value with an ISO 4217 currency and a value date', () => {
    const currencies = new Set(Intl.supportedValuesOf('currency'));
    const values: Array<Record<string, string>> = [];
    walk(activities[0]!, (node) => {
      const attributes = node[':@'] ?? {};
      for (const key of ['iso-date', 'value-date']) {
        if (key in attributes) expect(attributes[key]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (nameOf(node) === 'value') values.push({ ...attributes, amount: textOf(node) });
    });
    expect(values).toEqual([
      { currency: 'TND', 'value-date': '2025-01-01', amount: '27200.50' },
      { currency: 'EUR', 'value-date': '2026-01-01', amount: '5000' },
      { currency: 'TND', 'value-date': '2025-01-10', amount: '27200.50' },
      { currency: 'TND', 'value-date': '2025-03-01', amount: '12000' },
    ]);
    expect(values.every((value) => currencies.has(value.currency!))).toBe(true);
    expect(xml).toMatch(/generated-datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/);
  });

  it('escapes & < > and quotes, keeps non-Latin text, and drops characters XML cannot carry', () => {
    expect(xml).toContain('Eau &amp; assainissement &lt;phase 2&gt; "Tunis" l’an 2');
    expect(xml).toContain(`<narrative xml:lang="fr">${ARABIC}</narrative>`);
    const activity = activities[0]!;
    // Read back, the texts are the ones typed (the bell character aside).
    expect(narrativesOf(activity, 'title')).toEqual([TRICKY_TITLE]);
    expect(narrativesOf(activity, 'description')[0]).toBe(`Puits à ${ARABIC} & Rabat — 井戸`);
    expect(narrativesOf(activity, 'participating-org')).toContain('Compagnons & Cie');
    expect(escapeXmlAttribute(`a"b'c<d>&\n`)).toBe('a&quot;b&apos;c&lt;d&gt;&amp;&#10;');
    expect(escapeXmlText('\uD800x\uFFFF')).toBe('x');
  });

  it('reports results by year and the policy markers with their IATI codes', () => {
    expect(attributesOf(activities[0]!, 'policy-marker')).toEqual([
      { vocabulary: '1', code: '1', significance: '2' },
      { vocabulary: '1', code: '2', significance: '0' },
    ]);
    expect(xml).toContain('<baseline year="2025" iso-date="2025-01-01" value="0"/>');
    expect(xml).toContain('<actual value="21"/>');
    expect(attributesOf(activities[0]!, 'transaction')).toEqual([{ ref: 'l1' }, { ref: 'l1' }]);
  });

  it('writes decimals without exponent', () => {
    expect(formatDecimal(33.3)).toBe('33.3');
    expect(formatDecimal(1e21)).toBe('1000000000000000000000');
    expect(formatDecimal(1.5e-7)).toBe('0.00000015');
  });
});

describe('the shipped IATI code lists', () => {
  const codeLists = new IatiCodeLists();
  const LISTS: Record<keyof typeof IATI_CODES, string> = {
    organisationType: 'OrganisationType',
    organisationRole: 'OrganisationRole',
    activityStatus: 'ActivityStatus',
    activityDateType: 'ActivityDateType',
    transactionType: 'TransactionType',
    budgetType: 'BudgetType',
    budgetStatus: 'BudgetStatus',
    descriptionType: 'DescriptionType',
    relatedActivityType: 'RelatedActivityType',
    sectorVocabulary: 'SectorVocabulary',
    policyMarkerVocabulary: 'PolicyMarkerVocabulary',
    regionVocabulary: 'RegionVocabulary',
    region: 'Region',
    resultType: 'ResultType',
    indicatorMeasure: 'IndicatorMeasure',
  };

  it('hold every code the file writes', () => {
    for (const [key, list] of Object.entries(LISTS)) {
      for (const code of Object.values(IATI_CODES[key as keyof typeof IATI_CODES])) {
        expect([list, code, codeLists.has(list, code)]).toEqual([list, code, true]);
      }
    }
    // Local government is 11 in OrganisationType (80 is academic, training and research).
    expect(IATI_CODES.organisationType.localGovernment).toBe('11');
    for (const marker of POLICY_MARKERS) expect(codeLists.policyMarkerCode(marker)).toMatch(/^\d+$/);
    expect(codeLists.standardVersion).toBe('2.03');
  });

  it('say for each list the repository file and commit it was read from, or that it was kept as shipped', () => {
    const file = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'data', 'iati', 'iati-codelists.json'), 'utf8'),
    ) as {
      sources: Record<
        string,
        { repository?: string; path?: string; commit?: string; keptAsShipped?: boolean }
      >;
    };
    for (const list of Object.values(LISTS)) {
      const source = file.sources[list];
      expect([list, source !== undefined]).toEqual([list, true]);
      if (source?.keptAsShipped) continue;
      expect(source?.repository).toMatch(/^IATI\/IATI-Codelists(-NonEmbedded)?$/);
      expect(source?.path).toBe(`xml/${list}.xml`);
      expect(source?.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});
