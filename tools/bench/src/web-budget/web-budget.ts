// The web budgets of `pnpm bench`: from the Vite manifest of apps/web's build, the gzipped JS the first
// screen downloads (the entry and its static imports) and, per lazy route of src/app/routes.tsx, what
// opening that route adds (its chunk and its static imports not already loaded), checked against budgets.
// Pure functions: reading the build is in read-web-build.ts.

/** One chunk of `dist/.vite/manifest.json` (the fields this check reads). */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

export type ViteManifest = Readonly<Record<string, ManifestChunk>>;

/** The goals of the issue, in bytes of gzipped JavaScript. */
export interface WebBudgets {
  readonly initialBytes: number;
  readonly routeBytes: number;
}

export const WEB_BUDGETS: WebBudgets = { initialBytes: 250 * 1024, routeBytes: 150 * 1024 };

export interface RouteCost {
  /** The route module, as routes.tsx imports it (`src/app/routes/portfolio-route.tsx`). */
  readonly module: string;
  /** Its own chunk, gzipped. */
  readonly chunkBytes: number;
  /** What opening the route downloads on top of the initial load: its chunk and its static imports. */
  readonly addedBytes: number;
  /** Chunks the route loads later through `import()` (with their own static imports), each group gzipped. */
  readonly deferred: readonly { readonly module: string; readonly bytes: number }[];
}

export interface WebBudgetReport {
  /** The entry chunk and its static imports: what every first visit downloads, gzipped. */
  readonly initialBytes: number;
  readonly initialFiles: readonly string[];
  readonly routes: readonly RouteCost[];
  readonly violations: readonly string[];
}

/** The route modules routes.tsx loads lazily (`import('./routes/x')`), as manifest keys, in order. */
export function routeModulesOf(routesSource: string): string[] {
  const modules = [...routesSource.matchAll(/import\(\s*['"]\.\/(routes\/[\w./-]+?)['"]\s*\)/g)].map(
    (match) => `src/app/${match[1]}.tsx`,
  );
  return [...new Set(modules)];
}

/** The JS files of a chunk and everything it imports statically, transitively. */
function staticClosure(manifest: ViteManifest, key: string): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string) => {
    if (seen.has(current)) return;
    seen.add(current);
    const chunk = manifest[current];
    if (!chunk) throw new Error(`the Vite manifest has no chunk "${current}"`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return files;
}

function sumBytes(files: Iterable<string>, gzippedSizeOf: (file: string) => number): number {
  let total = 0;
  for (const file of files) total += gzippedSizeOf(file);
  return total;
}

/** Measures the initial load and every route against the budgets; `gzippedSizeOf` reads the build. */
export function assessWebBudget(input: {
  readonly manifest: ViteManifest;
  readonly routeModules: readonly string[];
  readonly gzippedSizeOf: (file: string) => number;
  readonly budgets?: WebBudgets;
}): WebBudgetReport {
  const { manifest, gzippedSizeOf } = input;
  const budgets = input.budgets ?? WEB_BUDGETS;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1)
    throw new Error(`expected one entry in the Vite manifest, found ${entries.length}`);
  const initial = staticClosure(manifest, entries[0]![0]);
  const initialBytes = sumBytes(initial, gzippedSizeOf);
  const violations: string[] = [];
  if (initialBytes > budgets.initialBytes) {
    violations.push(`initial JS ${formatKiB(initialBytes)} > ${formatKiB(budgets.initialBytes)}`);
  }
  const routes = input.routeModules.map((module): RouteCost => {
    const chunk = manifest[module];
    if (!chunk?.isDynamicEntry) throw new Error(`route module ${module} is not a lazy chunk of the build`);
    const added = [...staticClosure(manifest, module)].filter((file) => !initial.has(file));
    const loaded = new Set([...initial, ...added]);
    const deferred = (chunk.dynamicImports ?? []).map((lazyModule) => ({
      module: lazyModule,
      bytes: sumBytes(
        [...staticClosure(manifest, lazyModule)].filter((file) => !loaded.has(file)),
        gzippedSizeOf,
      ),
    }));
    const cost = {
      module,
      chunkBytes: gzippedSizeOf(chunk.file),
      addedBytes: sumBytes(added, gzippedSizeOf),
      deferred,
    };
    if (cost.addedBytes > budgets.routeBytes) {
      violations.push(`${module}: ${formatKiB(cost.addedBytes)} > ${formatKiB(budgets.routeBytes)}`);
    }
    for (const later of deferred.filter((group) => group.bytes > budgets.routeBytes)) {
      violations.push(
        `${later.module} (loaded by ${module}): ${formatKiB(later.bytes)} > ${formatKiB(budgets.routeBytes)}`,
      );
    }
    return cost;
  });
  return { initialBytes, initialFiles: [...initial], routes, violations };
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** A Markdown table, largest routes first. */
export function renderWebBudgetReport(report: WebBudgetReport, budgets: WebBudgets = WEB_BUDGETS): string {
  const routeName = (module: string) => module.replace(/^src\/app\/routes\//, '').replace(/\.tsx$/, '');
  const lines = [
    `Initial JS (entry and its static imports: ${report.initialFiles.length} files): ` +
      `**${formatKiB(report.initialBytes)}** gzipped (budget ${formatKiB(budgets.initialBytes)})`,
    '',
    `| route module | own chunk (gzip) | added on opening (gzip) | loaded later (gzip) |`,
    `| ------------ | ---------------: | ----------------------: | ------------------- |`,
    ...[...report.routes]
      .sort((a, b) => b.addedBytes - a.addedBytes)
      .map(
        (route) =>
          `| ${routeName(route.module)} | ${formatKiB(route.chunkBytes)} | ${formatKiB(route.addedBytes)} | ` +
          `${route.deferred.map((later) => `${later.module.split('/').pop()}: ${formatKiB(later.bytes)}`).join(', ') || '—'} |`,
      ),
    '',
    `Budget per route (added on opening, and each group loaded later): ${formatKiB(budgets.routeBytes)}.`,
    report.violations.length === 0
      ? 'Every budget is met.'
      : `Budgets exceeded:\n${report.violations.map((violation) => `- ${violation}`).join('\n')}`,
  ];
  return lines.join('\n');
}
