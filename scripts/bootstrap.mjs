// The entry of `npm start` and `npm test` on a machine that has only Node.js and npm. It is plain
// JavaScript because it runs before dependencies (and so TypeScript tooling) are installed: it installs
// them with the pinned pnpm, then hands over to the TypeScript stack tool in tools/devstack.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Error: Passerelle needs Node.js 20.19 or later (this is ${process.versions.node}).`);
  process.exit(1);
}

const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// --frozen-lockfile: the lockfile is the source of truth; an install never rewrites it.
const install = spawnSync(
  npx,
  ['--yes', packageManager, 'install', '--frozen-lockfile', '--reporter=silent'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, npm_config_yes: 'true' },
  },
);
if (install.status !== 0) {
  console.error(`Error: installing dependencies with ${packageManager} failed (see above).`);
  process.exit(install.status ?? 1);
}

const cli = join(root, 'tools', 'devstack', 'src', 'cli.ts');
// One process, with tsx loaded in it: a wrapper process would relay Ctrl-C a second time.
// The workspace's own binaries (pnpm, turbo, jest…) come first on the PATH: nothing global is needed.
const path = [join(root, 'node_modules', '.bin'), process.env.PATH].join(
  process.platform === 'win32' ? ';' : ':',
);
const child = spawn(process.execPath, ['--import', 'tsx', cli, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: path },
});
// Signals sent to this process are passed on. Ctrl-C in a terminal reaches the stack tool twice (directly,
// as part of the terminal's process group, and through here): it treats the pair as one.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
