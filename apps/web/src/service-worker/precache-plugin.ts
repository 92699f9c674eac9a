import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Files of public/ the installed app needs beside the bundle: its icons and its manifest. */
const PUBLIC_SHELL_FILES = ['/favicon.svg', '/icon-192.png', '/icon-512.png', '/manifest.webmanifest'];

/** Written by the build but never fetched by the app (the route manifest is read by `pnpm bench`). */
const NOT_PRECACHED = /(\.map$|^\.vite\/)/;

/**
 * Writes dist/sw.js from `service-worker.js`: the list of the build's files to cache at install (index.html
 * and every hashed chunk, style and font, the pages loaded on demand included) and a version made from
 * their names, which change with their content, so that each deployment installs a new worker.
 */
export function precacheServiceWorker(): Plugin {
  return {
    name: 'passerelle-precache-service-worker',
    apply: 'build',
    // After Vite's own plugins have written index.html into the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle)
        .filter((fileName) => !NOT_PRECACHED.test(fileName))
        .map((fileName) => `/${fileName}`)
        .sort();
      const files = [...built, ...PUBLIC_SHELL_FILES];
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      const template = readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
      const source = template
        .replace('/* precache files */ []', JSON.stringify(files))
        .replace("/* precache version */ 'dev'", JSON.stringify(version));
      if (source === template) throw new Error('service-worker.js lost its placeholders');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
