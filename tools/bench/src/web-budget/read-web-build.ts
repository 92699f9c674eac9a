import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT, WEB_DIST } from '@passerelle/devstack/src/paths';
import { assessWebBudget, routeModulesOf, type ViteManifest, type WebBudgetReport } from './web-budget';

const ROUTES_SOURCE = join(PROJECT_ROOT, 'apps', 'web', 'src', 'app', 'routes.tsx');

/** The budgets of apps/web's build in `distDir` (built with `build.manifest`), gzipped like Vite reports. */
export function assessWebBuild(distDir: string = WEB_DIST): WebBudgetReport {
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build the web app first (\`pnpm build\`)`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ViteManifest;
  return assessWebBudget({
    manifest,
    routeModules: routeModulesOf(readFileSync(ROUTES_SOURCE, 'utf8')),
    gzippedSizeOf: (file) => gzipSync(readFileSync(join(distDir, file))).length,
  });
}
