import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { StackError } from './process-utils';

export function findExecutable(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

function canUseApt(): boolean {
  if (userInfo().uid !== 0 || !existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release) && findExecutable('apt-get') !== undefined;
}

let aptIndexRefreshed = false;

/**
 * Returns the path of `executable`, installing Debian package `debianPackage` when it is missing and the
 * machine allows it (Debian/Ubuntu, as root). Otherwise fails with one line that says how to install it.
 */
export function ensureOsExecutable(executable: string, debianPackage: string, howTo: string): string {
  const existing = findExecutable(executable);
  if (existing) return existing;
  if (!canUseApt()) throw new StackError(`${executable} is not installed: ${howTo}`);
  console.log(`Installing ${debianPackage} with apt-get (first start only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptIndexRefreshed) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    aptIndexRefreshed = true;
  }
  // apt's progress output would bury the start banner; it is shown only when the install fails.
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], {
    encoding: 'utf8',
    env,
  });
  const installed = findExecutable(executable);
  if (install.status !== 0 || !installed) {
    console.error(`${install.stdout ?? ''}${install.stderr ?? ''}`.split('\n').slice(-20).join('\n'));
    throw new StackError(`could not install ${debianPackage} with apt-get: ${howTo}`);
  }
  return installed;
}
