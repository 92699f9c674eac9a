import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The refresh command (scripts/refresh-oda-code-lists.mjs) run with --from on small code list files this spec
// writes, into a copy of the data folder: what it ships, what it records, and that a failure writes nothing.

const API = join(__dirname, '..', '..');
const SCRIPT = join(API, 'scripts', 'refresh-oda-code-lists.mjs');
const NON_EMBEDDED = join('IATI', 'IATI-Codelists-NonEmbedded', 'xml');
const EMBEDDED = join('IATI', 'IATI-Codelists', 'xml');

interface Item {
  code: string;
  en: string;
  fr?: string;
  category?: string;
  withdrawn?: boolean;
}

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

function codeList(name: string, items: Item[]): string {
  const body = items
    .map((item) => {
      const status = item.withdrawn ? ' status="withdrawn"' : ' status="active"';
      const fr = item.fr === undefined ? '' : `<narrative xml:lang="fr">${escape(item.fr)}</narrative>`;
      const category = item.category === undefined ? '' : `<category>${item.category}</category>`;
      return `<codelist-item${status}><code>${item.code}</code><name><narrative>${escape(item.en)}</narrative>${fr}</name>${category}</codelist-item>`;
    })
    .join('\n');
  return `<codelist name="${name}" xml:lang="en" complete="1"><codelist-items>\n${body}\n</codelist-items></codelist>\n`;
}

const KNOWN: Item[] = [
  {
    code: '11110',
    en: 'Education policy and administrative management',
    fr: 'Politique de l’éducation',
    category: '111',
  },
  { code: '12220', en: 'Basic health care', fr: 'Soins et services de santé de base', category: '122' },
  {
    code: '14030',
    en: 'Basic drinking water supply and basic sanitation',
    fr: 'Eau et assainissement',
    category: '140',
  },
  {
    code: '15150',
    en: 'Democratic participation and civil society',
    fr: 'Participation démocratique',
    category: '151',
  },
  { code: '43010', en: 'Multisector aid', fr: 'Aide plurisectorielle', category: '430' },
];

function sectors(count: number): Item[] {
  const filler = Array.from({ length: count }, (_, index) => ({
    code: String(60000 + index),
    en: `Sector ${index}`,
    fr: `Secteur ${index}`,
    category: '600',
  }));
  return [
    ...KNOWN,
    {
      code: '15120',
      en: 'Public sector financial management',
      fr: 'Gestion financière',
      category: '151',
      withdrawn: true,
    },
    { code: '16070', en: 'Labour Rights', category: '160' },
    ...filler,
  ];
}

const CATEGORIES = ['111', '122', '140', '151', '160', '430', '600'].map((code) => ({
  code,
  en: `Category ${code}`,
  fr: `Catégorie ${code}`,
}));

/** Every IATI list the command reads, with the codes the product writes and a few more; French on some. */
const IATI: Record<string, Item[]> = Object.fromEntries(
  [
    ['OrganisationType', ['10', '11', '15', '40', '80']],
    ['OrganisationRole', ['1', '2', '3', '4']],
    ['ActivityStatus', ['1', '2', '3', '4', '5', '6']],
    ['TransactionType', ['1', '2', '3', '4']],
    ['BudgetType', ['1', '2']],
    ['BudgetStatus', ['1', '2']],
    ['DescriptionType', ['1', '2', '3']],
    ['RelatedActivityType', ['1', '2', '3']],
    ['SectorVocabulary', ['1', '2']],
    ['PolicyMarkerVocabulary', ['1', '99']],
    ['RegionVocabulary', ['1', '2']],
    ['Region', ['298', '998']],
    ['ResultType', ['1', '2']],
    ['IndicatorMeasure', ['1', '2']],
  ].map(([list, codes]) => [
    list,
    (codes as string[]).map((code) => ({
      code,
      en: `${list as string} ${code}`,
      fr: code === '1' ? undefined : `FR ${code}`,
    })),
  ]),
);
const EMBEDDED_LISTS = new Set([
  'OrganisationRole',
  'ActivityStatus',
  'TransactionType',
  'BudgetType',
  'BudgetStatus',
  'RelatedActivityType',
]);

describe('the code lists refresh command', () => {
  let root: string;
  let data: string;
  let from: string;

  function write(folder: string, file: string, text: string) {
    mkdirSync(join(from, folder), { recursive: true });
    writeFileSync(join(from, folder, file), text);
  }

  function run(): { ok: boolean; output: string } {
    try {
      const output = execFileSync('node', [SCRIPT, '--from', from, '--data', data], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
      return { ok: true, output };
    } catch (error) {
      return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
    }
  }

  const read = (file: string) => JSON.parse(readFileSync(join(data, file), 'utf8'));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'code-lists-'));
    data = join(root, 'data');
    from = join(root, 'sources');
    cpSync(join(API, 'data'), data, { recursive: true });
    write(NON_EMBEDDED, 'Sector.xml', codeList('Sector', sectors(210)));
    write(NON_EMBEDDED, 'SectorCategory.xml', codeList('SectorCategory', CATEGORIES));
    write(
      NON_EMBEDDED,
      'PolicyMarker.xml',
      codeList(
        'PolicyMarker',
        Array.from({ length: 12 }, (_, index) => ({ code: String(index + 1), en: `Marker ${index + 1}` })),
      ),
    );
    write(
      NON_EMBEDDED,
      'PolicySignificance.xml',
      codeList(
        'PolicySignificance',
        ['0', '1', '2', '3'].map((code) => ({ code, en: `Significance ${code}` })),
      ),
    );
    // ActivityDateType left out: kept as shipped.
    for (const [list, items] of Object.entries(IATI)) {
      write(EMBEDDED_LISTS.has(list) ? EMBEDDED : NON_EMBEDDED, `${list}.xml`, codeList(list, items));
    }
    writeFileSync(
      join(from, 'sources.json'),
      JSON.stringify({
        'IATI/IATI-Codelists-NonEmbedded/xml/Sector.xml': {
          commit: 'a'.repeat(40),
          retrievedOn: '2026-12-07',
        },
      }),
    );
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('ships every active sector with its names, says where French is missing and which commit it read', () => {
    const result = run();
    expect(result).toMatchObject({ ok: true });
    const file = read('oda/dac-sectors.json');
    const codes = file.codes as Array<{ code: string; category: string; name: { en: string; fr: string } }>;
    expect(codes).toHaveLength(5 + 1 + 210);
    expect(codes.map((sector) => sector.code)).not.toContain('15120');
    expect(codes.find((sector) => sector.code === '12220')?.name).toEqual({
      en: 'Basic health care',
      fr: 'Soins et services de santé de base',
    });
    expect(file.frenchMissing).toEqual(['16070']);
    expect(codes.find((sector) => sector.code === '16070')?.name).toEqual({
      en: 'Labour Rights',
      fr: 'Labour Rights',
    });
    expect(file.sources[0]).toEqual({
      repository: 'IATI/IATI-Codelists-NonEmbedded',
      path: 'xml/Sector.xml',
      commit: 'a'.repeat(40),
      retrievedOn: '2026-12-07',
    });
    expect(file.sources[1].commit).toMatch(/^unknown/);
    expect(file.categories).toHaveLength(CATEGORIES.length);
  });

  it('keeps the product’s marker keys, and an IATI list with no local copy as shipped', () => {
    expect(run()).toMatchObject({ ok: true });
    const markers = read('oda/iati-policy-markers.json');
    expect(markers.markers.find((marker: { key: string }) => marker.key === 'nutrition')).toEqual({
      key: 'nutrition',
      iatiCode: '12',
      name: { en: 'Marker 12', fr: 'Marker 12' },
    });
    expect(markers.significance.map((item: { code: string }) => item.code)).toEqual(['0', '1', '2']);
    const iati = read('iati/iati-codelists.json');
    const shipped = JSON.parse(readFileSync(join(API, 'data', 'iati', 'iati-codelists.json'), 'utf8'));
    expect(iati.codelists.ActivityDateType).toEqual(shipped.codelists.ActivityDateType);
    expect(iati.sources.ActivityDateType).toEqual(shipped.sources.ActivityDateType);
    expect(iati.codelists.OrganisationType['80']).toEqual({ en: 'OrganisationType 80', fr: 'FR 80' });
    expect(iati.frenchMissing.ActivityStatus).toEqual(['1']);
    expect(iati.sources.ActivityStatus).toMatchObject({
      repository: 'IATI/IATI-Codelists',
      path: 'xml/ActivityStatus.xml',
    });
  });

  it('writes nothing when a file is missing or does not look like the list', () => {
    const before = ['oda/dac-sectors.json', 'oda/iati-policy-markers.json', 'iati/iati-codelists.json'].map(
      (file) => readFileSync(join(data, file), 'utf8'),
    );
    const unchanged = () =>
      ['oda/dac-sectors.json', 'oda/iati-policy-markers.json', 'iati/iati-codelists.json'].map((file) =>
        readFileSync(join(data, file), 'utf8'),
      );
    // A handful of sectors is a selection, not the list.
    write(NON_EMBEDDED, 'Sector.xml', codeList('Sector', KNOWN));
    expect(run()).toMatchObject({ ok: false, output: expect.stringContaining('Sector: unexpected content') });
    expect(unchanged()).toEqual(before);
    // A 1.0x list (text codes) is not the 2.03 one.
    write(NON_EMBEDDED, 'Sector.xml', codeList('Sector', sectors(210)));
    write(
      EMBEDDED,
      'ActivityStatus.xml',
      codeList('ActivityStatus', [{ code: 'start-actual', en: 'Actual start' }]),
    );
    expect(run()).toMatchObject({ ok: false, output: expect.stringContaining('ActivityStatus') });
    expect(unchanged()).toEqual(before);
    rmSync(join(from, NON_EMBEDDED, 'PolicyMarker.xml'));
    write(EMBEDDED, 'ActivityStatus.xml', codeList('ActivityStatus', IATI.ActivityStatus ?? []));
    expect(run()).toMatchObject({ ok: false });
    expect(unchanged()).toEqual(before);
  });
});
