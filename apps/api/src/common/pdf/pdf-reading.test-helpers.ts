import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page rendered in shades of grey, one byte a pixel (0 black, 255 white), rows from the top. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Buffer;
}

/**
 * A PDF read as a reader reads it, with poppler's tools (`npm test` installs poppler-utils, as it does
 * Chromium): its text (`pdftotext`), and its first page rendered at `dpi` (`pdftoppm`).
 */
export function readPdf(pdf: Buffer, dpi = 72): { text: string; firstPage: GrayImage } {
  const folder = mkdtempSync(join(tmpdir(), 'passerelle-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    run('pdftoppm', [
      '-r',
      String(dpi),
      '-gray',
      '-singlefile',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(folder, 'page'),
    ]);
    return { text, firstPage: readPgm(readFileSync(join(folder, 'page.pgm'))) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      `${command} failed (is poppler-utils installed?): ${result.error?.message ?? result.stderr}`,
    );
  }
  return result.stdout;
}

/** A binary PGM (P5, 8 bits), as `pdftoppm -gray` writes it. */
function readPgm(bytes: Buffer): GrayImage {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}
