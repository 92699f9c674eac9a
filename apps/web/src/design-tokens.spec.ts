import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every stylesheet of the app: the global one and each feature's. */
function stylesheets(folder: string = __dirname): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/**
 * Lengths a stylesheet may still write by hand, each for a reason: an element kept off-screen until it has
 * the focus, an indent aligned on the stepper's round marker, a subtitle pulled under its title, a chart's
 * axis text in SVG units, a badge sized on its parent's text, the visually hidden text's one-pixel box,
 * circles and square corners.
 */
const ALLOWED = new Set(['-3rem', '2.35rem', '-0.5rem', '-1px', '12px', '0.85em', '50%', '0']);

const DECLARATION =
  /^\s*(margin|padding|gap|row-gap|column-gap|inset|font-size|border(?:-[a-z]+)*-radius)(-[a-z-]+)?\s*:\s*([^;]+);/;

/** The hand-written lengths of one declaration that are not tokens (`var(--…)`). */
function rawLengths(value: string): string[] {
  const withoutTokens = value.replace(/var\(--[a-z0-9-]+\)/g, ' ');
  return (withoutTokens.match(/-?\d*\.?\d+(rem|em|px|%)|\b0\b/g) ?? []).filter(
    (length) => !ALLOWED.has(length) && length !== '0',
  );
}

describe('the design tokens', () => {
  it('are the only spacing, type sizes and corners the stylesheets use', () => {
    const found = stylesheets().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const declaration = DECLARATION.exec(line);
          if (!declaration) return [];
          return rawLengths(declaration[3] ?? '').map(
            (length) => `${relative(__dirname, file)}:${index + 1} ${declaration[1]}: ${length}`,
          );
        }),
    );
    expect(found).toEqual([]);
  });

  it('define each token the stylesheets use', () => {
    const defined = new Set(
      stylesheets().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^\s*(--[a-z0-9-]+)\s*:/gm)].map((match) => match[1]),
      ),
    );
    const used = new Set(
      stylesheets().flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/var\((--[a-z0-9-]+)\)/g)].map((match) => match[1]),
      ),
    );
    expect([...used].filter((token) => !defined.has(token))).toEqual([]);
  });
});
