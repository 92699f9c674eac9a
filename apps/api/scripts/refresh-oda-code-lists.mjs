// Refreshes the code lists the official outputs ship (data/oda/dac-sectors.json, data/oda/iati-policy-markers.json,
// data/iati/iati-codelists.json) from the IATI code list repositories.
// Usage: pnpm --filter @passerelle/api oda:code-lists [--from <dir>] [--data <dir>]
//   --data <dir>:   the data folder to refresh (apps/api/data when left out; the tests point it elsewhere).
//   without --from: downloads each source file from GitHub (and the id of the last commit that changed it);
//   --from <dir>:   reads local copies instead, laid out as <dir>/<owner>/<repository>/<path>
//                   (e.g. <dir>/IATI/IATI-Codelists-NonEmbedded/xml/Sector.xml), with an optional
//                   <dir>/sources.json saying, per "<owner>/<repository>/<path>", the commit the copy was taken
//                   at and the day: { "IATI/IATI-Codelists-NonEmbedded/xml/Sector.xml":
//                   { "commit": "01cbd84…", "retrievedOn": "2026-12-07" } }.
// The shipped files are the truth: this command rewrites them only when every read and parse succeeds, and the
// change is reviewed and committed like code. The DAC list of ODA recipients has no machine-readable source (the
// OECD publishes it as a page and a PDF): it is kept by hand, see docs/oda-declaration.md.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { XMLParser } from 'fast-xml-parser';

const DEFAULT_DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Where each repository's files are read when downloading: the 2.03 branch for the lists embedded in the schema. */
const REPOSITORIES = {
  'IATI/IATI-Codelists-NonEmbedded': 'master',
  'IATI/IATI-Codelists': 'version-2.03',
};
const NON_EMBEDDED = 'IATI/IATI-Codelists-NonEmbedded';
const EMBEDDED = 'IATI/IATI-Codelists';

/** The IATI lists the activity file writes codes from (data/iati/iati-codelists.json), and where each is kept. */
const IATI_LISTS = {
  OrganisationType: NON_EMBEDDED,
  OrganisationRole: EMBEDDED,
  ActivityStatus: EMBEDDED,
  ActivityDateType: EMBEDDED,
  TransactionType: EMBEDDED,
  BudgetType: EMBEDDED,
  BudgetStatus: EMBEDDED,
  DescriptionType: NON_EMBEDDED,
  RelatedActivityType: EMBEDDED,
  SectorVocabulary: NON_EMBEDDED,
  PolicyMarkerVocabulary: NON_EMBEDDED,
  RegionVocabulary: NON_EMBEDDED,
  Region: NON_EMBEDDED,
  ResultType: NON_EMBEDDED,
  IndicatorMeasure: NON_EMBEDDED,
};

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: 'text',
  parseTagValue: false,
  trimValues: true,
  // Older files give a plain-text <name> (one per language) where newer ones give <narrative>s.
  isArray: (tag, _path, _leaf, isAttribute) =>
    !isAttribute && ['codelist-item', 'narrative', 'name'].includes(tag),
});

async function download(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Reads source files from a local folder (`--from`) or from GitHub, and says where each came from. */
function sourceReader(fromDir, today) {
  const localSources = fromDir
    ? readFile(join(fromDir, 'sources.json'), 'utf8').then(JSON.parse, (error) => {
        if (error.code === 'ENOENT') return {};
        throw error;
      })
    : null;
  return async (repository, path) => {
    if (localSources) {
      const known = (await localSources)[`${repository}/${path}`] ?? {};
      return {
        text: await readFile(join(fromDir, repository, path), 'utf8'),
        source: {
          repository,
          path,
          commit: known.commit ?? 'unknown (local copy without sources.json)',
          retrievedOn: known.retrievedOn ?? today,
        },
      };
    }
    const ref = REPOSITORIES[repository];
    const [text, commits] = await Promise.all([
      download(`https://raw.githubusercontent.com/${repository}/${ref}/${path}`),
      download(`https://api.github.com/repos/${repository}/commits?sha=${ref}&path=${path}&per_page=1`),
    ]);
    const commit = JSON.parse(commits)[0]?.sha;
    if (!commit) throw new Error(`${repository}/${path}: no commit found on ${ref}`);
    return { text, source: { repository, path, commit, retrievedOn: today } };
  };
}

/** The English and French texts of an item's <name>s or their <narrative>s, French null when absent or empty. */
function names(nameElements) {
  const texts = (nameElements ?? []).flatMap((element) =>
    typeof element === 'object' && element.narrative ? element.narrative : [element],
  );
  const textOf = (entry) => (typeof entry === 'string' ? entry : String(entry.text ?? '')).trim();
  const languageOf = (entry) => (typeof entry === 'string' ? 'en' : (entry['xml:lang'] ?? 'en'));
  const first = (language) =>
    texts
      .filter((entry) => languageOf(entry) === language)
      .map(textOf)
      .find((text) => text !== '') ?? null;
  return { en: first('en') ?? '', fr: first('fr') };
}

/** The active items of an IATI code list file (withdrawn ones left out), in the file's order. */
function parseCodeList(text, expectedName) {
  const codelist = xml.parse(text).codelist;
  if (codelist?.name !== expectedName) throw new Error(`${expectedName}: not that code list`);
  const items = (codelist['codelist-items']?.['codelist-item'] ?? [])
    .filter((item) => item.status !== 'withdrawn')
    .map((item) => ({
      code: String(item.code ?? '').trim(),
      category: item.category === undefined ? null : String(item.category).trim(),
      name: names(item.name),
    }));
  if (items.length === 0 || items.some((item) => !item.code || !item.name.en)) {
    throw new Error(
      `${expectedName}: unexpected content (${items.length} codes, or one without code or name)`,
    );
  }
  return items;
}

/** Names with French falling back to English, and the codes whose French name the source lacks. */
function withFallback(items) {
  return {
    items: items.map((item) => ({ ...item, name: { en: item.name.en, fr: item.name.fr ?? item.name.en } })),
    frenchMissing: items.filter((item) => item.name.fr === null).map((item) => item.code),
  };
}

function frenchNote(frenchMissing) {
  return frenchMissing.length === 0
    ? 'every code has its French name from the source'
    : `the source has no French name for ${frenchMissing.length} code(s) (listed in frenchMissing): their "fr" is the English name`;
}

async function readList(read, repository, list) {
  const { text, source } = await read(repository, `xml/${list}.xml`);
  return { ...withFallback(parseCodeList(text, list)), source };
}

function checkSectors(codes, categories) {
  const known = new Map(codes.map((item) => [item.code, item.name.en]));
  const expected = {
    11110: 'Education policy and administrative management',
    12220: 'Basic health care',
    14030: 'Basic drinking water supply and basic sanitation',
    15150: 'Democratic participation and civil society',
    43010: 'Multisector aid',
  };
  const wrong = Object.entries(expected).filter(([code, name]) => known.get(code) !== name);
  const categoryCodes = new Set(categories.map((item) => item.code));
  if (
    codes.length < 200 ||
    codes.some((item) => !/^\d{5}$/.test(item.code) || !categoryCodes.has(item.category))
  ) {
    throw new Error(`Sector: unexpected content (${codes.length} codes, or one without a known category)`);
  }
  if (wrong.length > 0)
    throw new Error(`Sector: unexpected names for ${wrong.map(([code]) => code).join(', ')}`);
}

async function refreshSectors(read, today, data) {
  const [sectors, categories] = await Promise.all([
    readList(read, NON_EMBEDDED, 'Sector'),
    readList(read, NON_EMBEDDED, 'SectorCategory'),
  ]);
  checkSectors(sectors.items, categories.items);
  return {
    file: join(data, 'oda', 'dac-sectors.json'),
    content: {
      list: 'DAC 5 digit sector (OECD DAC/CRS purpose codes)',
      version: today,
      source:
        'IATI code lists Sector and SectorCategory (replicated from the OECD DAC and CRS code lists), ' +
        `https://github.com/${NON_EMBEDDED}`,
      sources: [sectors.source, categories.source],
      retrievedOn: sectors.source.retrievedOn,
      coverage: 'complete: every active code of the source (withdrawn codes left out)',
      french: frenchNote(sectors.frenchMissing),
      frenchMissing: sectors.frenchMissing,
      // The source's French for these is the English text, untranslated: kept as the source gives it.
      frenchSameAsEnglish: sectors.items
        .filter((item) => item.name.fr === item.name.en && !sectors.frenchMissing.includes(item.code))
        .map((item) => item.code),
      categories: categories.items.map(({ code, name }) => ({ code, name })),
      codes: sectors.items,
    },
    summary: `${sectors.items.length} sectors in ${categories.items.length} categories, ${sectors.frenchMissing.length} without French`,
  };
}

async function refreshPolicyMarkers(read, today, data) {
  const file = join(data, 'oda', 'iati-policy-markers.json');
  const current = JSON.parse(await readFile(file, 'utf8'));
  const [markers, significance] = await Promise.all([
    readList(read, NON_EMBEDDED, 'PolicyMarker'),
    readList(read, NON_EMBEDDED, 'PolicySignificance'),
  ]);
  const markerNames = new Map(markers.items.map((item) => [item.code, item.name]));
  const missing = current.markers.filter((marker) => !markerNames.has(marker.iatiCode));
  if (missing.length > 0)
    throw new Error(`PolicyMarker: no code ${missing.map((m) => m.iatiCode).join(', ')}`);
  const scored = ['0', '1', '2'];
  if (!scored.every((code) => significance.items.some((item) => item.code === code))) {
    throw new Error('PolicySignificance: 0, 1 or 2 missing');
  }
  return {
    file,
    content: {
      list: 'IATI PolicyMarker (OECD DAC CRS policy markers) and PolicySignificance',
      version: today,
      source: `IATI code lists PolicyMarker and PolicySignificance, https://github.com/${NON_EMBEDDED}`,
      sources: [markers.source, significance.source],
      retrievedOn: markers.source.retrievedOn,
      french: frenchNote([...markers.frenchMissing, ...significance.frenchMissing]),
      frenchMissing: { PolicyMarker: markers.frenchMissing, PolicySignificance: significance.frenchMissing },
      // The product's own keys stay; the names are the source's.
      markers: current.markers.map(({ key, iatiCode }) => ({
        key,
        iatiCode,
        name: markerNames.get(iatiCode),
      })),
      // The product scores 0 to 2, the OECD's scale (3 and 4 are IATI's own, for other vocabularies).
      significance: significance.items
        .filter((item) => scored.includes(item.code))
        .map(({ code, name }) => ({ code, name })),
    },
    summary: `${current.markers.length} markers`,
  };
}

/**
 * Reads one IATI list for data/iati/iati-codelists.json. From local copies (`--from`), a list whose file is not
 * there is kept as shipped, with its previous source, and said so: the copies at hand may not hold every list
 * (the 2.03 versions of some embedded lists). A download, a parse or a check that fails still stops everything.
 */
async function readIatiList(read, repository, list, current, fromDir) {
  try {
    const result = await readList(read, repository, list);
    const notNumeric = result.items.filter((item) => !/^\d+$/.test(item.code));
    if (notNumeric.length > 0)
      throw new Error(`${list}: codes ${notNumeric.map((i) => i.code)} are not 2.0x codes`);
    return result;
  } catch (error) {
    const shipped = current.codelists?.[list];
    if (!fromDir || error.code !== 'ENOENT' || !shipped) throw error;
    process.stderr.write(`${list}: no local copy, kept as shipped\n`);
    return {
      kept: true,
      names: shipped,
      frenchMissing: current.frenchMissing?.[list] ?? [],
      source: current.sources?.[list] ?? {
        keptAsShipped: true,
        source: current.source,
        retrievedOn: current.retrievedOn,
      },
    };
  }
}

async function refreshIatiCodeLists(read, today, data, fromDir) {
  const file = join(data, 'iati', 'iati-codelists.json');
  const current = JSON.parse(await readFile(file, 'utf8'));
  const lists = await Promise.all(
    Object.entries(IATI_LISTS).map(async ([list, repository]) => [
      list,
      await readIatiList(read, repository, list, current, fromDir),
    ]),
  );
  const namesOf = (result) =>
    result.kept ? result.names : Object.fromEntries(result.items.map((item) => [item.code, item.name]));
  const frenchMissing = Object.fromEntries(
    lists
      .filter(([, result]) => result.frenchMissing.length > 0)
      .map(([list, result]) => [list, result.frenchMissing]),
  );
  const kept = lists.filter(([, result]) => result.kept).map(([list]) => list);
  return {
    file,
    content: {
      list: 'IATI Standard 2.03 code lists used by the activity file (every active code of each list)',
      version: today,
      standardVersion: '2.03',
      source: `IATI code lists, https://github.com/${NON_EMBEDDED} and https://github.com/${EMBEDDED}`,
      retrievedOn: today,
      french:
        'where the source has no French name (codes listed in frenchMissing), "fr" is the English name' +
        (kept.length > 0 ? `; kept as shipped, without a source file this time: ${kept.join(', ')}` : ''),
      frenchMissing,
      sources: Object.fromEntries(lists.map(([list, result]) => [list, result.source])),
      codelists: Object.fromEntries(lists.map(([list, result]) => [list, namesOf(result)])),
    },
    summary: `${lists.length} IATI lists${kept.length > 0 ? ` (${kept.join(', ')} kept as shipped)` : ''}`,
  };
}

/** The file as the repository's Prettier settings print it, so that a refresh diff shows only data changes. */
async function formatted(file, content) {
  const json = `${JSON.stringify(content, null, 2)}\n`;
  const prettier = await import('prettier').catch(() => null);
  if (!prettier) return json;
  return prettier.format(json, { ...(await prettier.resolveConfig(file)), filepath: file });
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, data: { type: 'string' } } });
  const data = values.data ?? DEFAULT_DATA;
  const today = new Date().toISOString().slice(0, 10);
  const read = sourceReader(values.from, today);
  // Every file is read and checked before any is written: a failure leaves the shipped files as they are.
  const refreshed = await Promise.all([
    refreshSectors(read, today, data),
    refreshPolicyMarkers(read, today, data),
    refreshIatiCodeLists(read, today, data, values.from),
  ]);
  for (const { file, content, summary } of refreshed) {
    await writeFile(file, await formatted(file, content));
    process.stdout.write(`${file}: ${summary}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(
    `Could not refresh the code lists (the shipped files stay as they are): ${error.message}\n`,
  );
  process.exit(1);
});
