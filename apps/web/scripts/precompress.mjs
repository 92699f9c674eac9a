// After `vite build`: writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of dist/ that
// compression makes smaller, at the highest levels (done once per build, not per request). The API serves
// them to browsers that accept them (`preCompressed` in apps/api/src/common/http/serve-web-app.ts): on a
// partner's slow connection, the app's JavaScript weighs a third of its raw size. Source maps stay raw: they
// are build artefacts, never served.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The web app's dist/, or the folder given (the API's tests precompress a built app of their own). */
const DIST = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this, a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

function filesUnder(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let written = 0;
for (const path of filesUnder(DIST).filter((file) => COMPRESSIBLE.test(file))) {
  const raw = readFileSync(path);
  if (raw.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
  if (brotli.length < raw.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < raw.length) writeFileSync(`${path}.gz`, gzip);
  written += 1;
}
process.stdout.write(`precompressed ${written} files of ${DIST} (brotli and gzip)\n`);
