import { assessWebBuild } from '../src/web-budget/read-web-build';
import { assessWebBudget, routeModulesOf, type ViteManifest } from '../src/web-budget/web-budget';

const KIB = 1024;

/** A build of three files: the entry and a vendor chunk, a route sharing a chunk with another, a lazy map. */
const FIXTURE: ViteManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/app/routes/map-route.tsx', 'src/app/routes/form-route.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_form.js': { file: 'assets/form.js', imports: ['_vendor.js'] },
  '_styles.css': { file: 'assets/styles.css' },
  'src/app/routes/form-route.tsx': {
    file: 'assets/form-route.js',
    isDynamicEntry: true,
    imports: ['_form.js', 'index.html', '_styles.css'],
  },
  'src/app/routes/map-route.tsx': {
    file: 'assets/map-route.js',
    isDynamicEntry: true,
    imports: ['_form.js', 'index.html'],
    dynamicImports: ['src/map-geometry.ts'],
  },
  'src/map-geometry.ts': { file: 'assets/map-geometry.js', isDynamicEntry: true, imports: ['_vendor.js'] },
};

const SIZES: Readonly<Record<string, number>> = {
  'assets/index.js': 60 * KIB,
  'assets/vendor.js': 130 * KIB,
  'assets/form.js': 20 * KIB,
  'assets/form-route.js': 10 * KIB,
  'assets/map-route.js': 5 * KIB,
  'assets/map-geometry.js': 160 * KIB,
  'assets/styles.css': 1_000 * KIB,
};

function sizeOf(file: string): number {
  const size = SIZES[file];
  if (size === undefined) throw new Error(`no size for ${file}`);
  return size;
}

/**
 * The calculation on a fixture manifest, and the budgets on the real build. `npm test` builds the web app
 * before the Jest projects run (tools/devstack/src/test-command.ts), so the second block reads the bundle of
 * the commit under test: a page that grows past its budget fails the tests, not only `pnpm bench`.
 */
describe('web budgets', () => {
  it('finds the lazy route modules of routes.tsx, once each', () => {
    const source = `
      { path: 'a', lazy: lazyPage(() => import('./routes/form-route'), (m) => m.A) },
      { path: 'b', lazy: lazyPage(() => import("./routes/map-route"), (m) => m.B) },
      { path: 'c', lazy: lazyPage(() => import('./routes/form-route'), (m) => m.A) },`;
    expect(routeModulesOf(source)).toEqual(['src/app/routes/form-route.tsx', 'src/app/routes/map-route.tsx']);
  });

  it('counts the entry and its static imports as the initial load, and only what a route adds to it', () => {
    const report = assessWebBudget({
      manifest: FIXTURE,
      routeModules: ['src/app/routes/form-route.tsx', 'src/app/routes/map-route.tsx'],
      gzippedSizeOf: sizeOf,
    });
    expect(report.initialBytes).toBe(190 * KIB);
    expect(
      report.routes.map(({ module, chunkBytes, addedBytes }) => ({ module, chunkBytes, addedBytes })),
    ).toEqual([
      { module: 'src/app/routes/form-route.tsx', chunkBytes: 10 * KIB, addedBytes: 30 * KIB },
      { module: 'src/app/routes/map-route.tsx', chunkBytes: 5 * KIB, addedBytes: 25 * KIB },
    ]);
    expect(report.routes[1]?.deferred).toEqual([{ module: 'src/map-geometry.ts', bytes: 160 * KIB }]);
  });

  it('reports every budget exceeded: the initial load, and a chunk a route loads later', () => {
    const report = assessWebBudget({
      manifest: FIXTURE,
      routeModules: ['src/app/routes/map-route.tsx'],
      gzippedSizeOf: sizeOf,
      budgets: { initialBytes: 150 * KIB, routeBytes: 150 * KIB },
    });
    expect(report.violations).toEqual([
      'initial JS 190.0 KiB > 150.0 KiB',
      'src/map-geometry.ts (loaded by src/app/routes/map-route.tsx): 160.0 KiB > 150.0 KiB',
    ]);
  });

  it('keeps the built web app within its budgets: initial JS ≤ 250 KiB, each route ≤ 150 KiB gzipped', () => {
    const report = assessWebBuild();
    expect(report.routes.length).toBeGreaterThan(20);
    expect(report.violations).toEqual([]);
  });
});
