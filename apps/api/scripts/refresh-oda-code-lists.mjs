// Refreshes the code lists the ODA declaration ships (data/oda/*.json) from their public source.
// Usage: pnpm --filter @passerelle/api oda:code-lists
// The shipped files are the truth: this command rewrites them only when every download and parse succeeds,
// and the change is reviewed and committed like code. The DAC list of ODA recipients has no machine-readable
// source (the OECD publishes it as a page and a PDF): it is kept by hand, see docs/oda-declaration.md.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'oda');
const SECTOR_XML = 'https://raw.githubusercontent.com/IATI/IATI-Codelists-NonEmbedded/master/xml/Sector.xml';

async function download(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

const decode = (text) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

/** The active items of an IATI codelist file: code, category and the English and French names. */
function parseSectors(xml) {
  const items = [...xml.matchAll(/<codelist-item([^>]*)>([\s\S]*?)<\/codelist-item>/g)];
  const codes = items
    .filter(([, attributes]) => !/status="withdrawn"/.test(attributes))
    .map(([, , body]) => {
      const name = /<name>([\s\S]*?)<\/name>/.exec(body)?.[1] ?? '';
      const en = /<narrative>([\s\S]*?)<\/narrative>/.exec(name)?.[1];
      const fr = /<narrative xml:lang="fr">([\s\S]*?)<\/narrative>/.exec(name)?.[1];
      return {
        code: /<code>(\d{5})<\/code>/.exec(body)?.[1],
        category: /<category>(\d+)<\/category>/.exec(body)?.[1],
        name: { en: decode(en ?? '').trim(), fr: decode(fr ?? en ?? '').trim() },
      };
    });
  if (codes.length < 200 || codes.some((item) => !item.code || !item.category || !item.name.en)) {
    throw new Error(`Sector.xml: unexpected content (${codes.length} codes)`);
  }
  return codes;
}

async function refreshSectors() {
  const file = join(DATA, 'dac-sectors.json');
  const current = JSON.parse(await readFile(file, 'utf8'));
  const today = new Date().toISOString().slice(0, 10);
  const next = {
    ...current,
    version: today,
    source: `IATI codelist Sector (replicated from the OECD DAC and CRS code lists), ${SECTOR_XML}`,
    retrievedOn: today,
    coverage: 'complete: every active code of the source',
    codes: parseSectors(await download(SECTOR_XML)),
  };
  await writeFile(file, `${JSON.stringify(next, null, 2)}\n`);
  process.stdout.write(`dac-sectors.json: ${next.codes.length} codes\n`);
}

refreshSectors().catch((error) => {
  process.stderr.write(
    `Could not refresh the code lists (the shipped files stay as they are): ${error.message}\n`,
  );
  process.exit(1);
});
