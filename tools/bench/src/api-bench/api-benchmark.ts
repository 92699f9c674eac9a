import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import type { Request } from 'autocannon';
import { API_DIST, PROJECT_ROOT, SERVICE_NODE_ARGS } from '@passerelle/devstack/src/paths';
import { findFreePort } from '@passerelle/devstack/src/process-utils';
import { Client } from 'pg';
import { BENCH_PASSWORD } from '../load/load-dataset';
import { findBenchSubjects, type BenchSubjects, type MeasurementSubject } from './bench-subjects';
import { measureLoad, type LoadResult } from './load-run';
import { keepPristinePartnerships, restorePristinePartnerships } from './pristine-partnerships';
import { startServerProcess, type ServerProcess } from './server-process';

export interface BenchmarkOptions {
  readonly scale: number;
  readonly connections: number;
  readonly warmUpSeconds: number;
  readonly seconds: number;
  /** Only the scenarios whose name contains one of these (all when absent): to study one endpoint. */
  readonly only?: readonly string[];
}

interface Scenario {
  readonly name: string;
  readonly kind: 'read' | 'write';
  /** Requests against the API, for `connections` connections (each with its own context). */
  readonly api: () => {
    requests: Request[];
    headers: Record<string, string>;
    connections?: number;
    beforeMeasure?: () => Promise<void>;
  };
  /** The same SQL through the baseline server: for reads, and for an append (a measurement). */
  readonly baseline?: () => Request[];
}

export interface ScenarioResult {
  readonly scenario: Scenario;
  readonly api: LoadResult;
  readonly apiPeakRssMiB: number;
  readonly baseline: LoadResult | undefined;
}

/** Beside the benchmark cluster (git-ignored): docs/benchmarks.md quotes the figures of a real run. */
export interface BenchmarkRun {
  readonly results: readonly ScenarioResult[];
  readonly subjects: BenchSubjects;
  /** The API's peak resident memory over the whole run (VmHWM), in MiB. */
  readonly apiPeakMiB: number;
}

/**
 * Starts the built API (production mode, no worker) and the baseline server on a generated database, runs
 * every scenario against both, and stops them. The caller provides the database and Redis.
 */
export async function runApiBenchmark(input: {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** Where the servers' logs and the API's file storage go. */
  readonly workDir: string;
  readonly options: BenchmarkOptions;
  /** BullMQ key prefix, so that a run never mixes its jobs with another's in a shared Redis. */
  readonly queuePrefix?: string;
  readonly log?: (line: string) => void;
}): Promise<BenchmarkRun> {
  const { databaseUrl, options } = input;
  const log = input.log ?? (() => undefined);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const subjects = await pristineSubjects(client, options.connections, log).finally(() => client.end());
  const stops: Array<() => Promise<void>> = [];
  try {
    const apiPort = await findFreePort();
    const api = await startServerProcess({
      // E.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to profile the API under load.
      args: [
        ...SERVICE_NODE_ARGS,
        ...nodeArgsFrom(process.env.BENCH_API_NODE_ARGS),
        join(API_DIST, 'main.js'),
      ],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        REDIS_URL: input.redisUrl,
        QUEUE_PREFIX: input.queuePrefix ?? '{passerelle-bench}',
        // The API only queues mail; no worker runs during the benchmark, so nothing is sent.
        SMTP_URL: 'smtp://127.0.0.1:2525',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: '',
        FILE_STORAGE_DIR: join(input.workDir, 'files'),
      },
      port: apiPort,
      readyPath: '/api/health',
      logFile: join(input.workDir, 'api.log'),
      cwd: PROJECT_ROOT,
    });
    stops.push(() => api.stop());
    const baselinePort = await findFreePort();
    const baseline = await startServerProcess({
      args: [
        '--import',
        'tsx',
        join(PROJECT_ROOT, 'tools', 'bench', 'src', 'api-bench', 'baseline-server.ts'),
      ],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(baselinePort),
        // The API's repositories it runs carry Nest's decorators: compiled with the API's settings.
        TSX_TSCONFIG_PATH: join(PROJECT_ROOT, 'apps', 'api', 'tsconfig.json'),
      },
      port: baselinePort,
      readyPath: '/ready',
      logFile: join(input.workDir, 'baseline.log'),
      cwd: PROJECT_ROOT,
    });
    stops.push(() => baseline.stop());
    const inflate = (partnershipIds: readonly string[], times: number) =>
      inflateExchanges(databaseUrl, subjects.flagship.officerEmail, partnershipIds, times, log);
    const results = await runScenarios(
      await scenariosFor(api, subjects, inflate),
      api,
      baseline,
      options,
      log,
    );
    return { results, subjects, apiPeakMiB: api.memory().peakMiB };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

/** The subjects, found once the partnerships earlier runs wrote to are back in their generated state. */
async function pristineSubjects(
  client: Client,
  measurementSlots: number,
  log: (line: string) => void,
): Promise<BenchSubjects> {
  const restored = await restorePristinePartnerships(client);
  if (restored > 0)
    log(`${restored} partnerships written to by an earlier run put back in their generated state.`);
  const subjects = await findBenchSubjects(client, measurementSlots);
  await keepPristinePartnerships(client, [
    ...subjects.portfolio.map((partnership) => partnership.id),
    ...subjects.measurements.map((subject) => subject.partnershipId),
  ]);
  return subjects;
}

function nodeArgsFrom(value: string | undefined): string[] {
  return (value ?? '').split(' ').filter(Boolean);
}

interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
}

/** Signs in like the web app: read the session (CSRF cookie and token), then post the credentials. */
async function signIn(api: ServerProcess, email: string): Promise<Session> {
  const anonymous = await fetch(`${api.url}/api/auth/session`);
  const csrf = (await anonymous.json()) as { csrfToken: string };
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: cookiesOf(anonymous),
      'x-csrf-token': csrf.csrfToken,
    },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`signing in as ${email} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { csrfToken: string };
  const cookies = new Map([...parseCookies(cookiesOf(anonymous)), ...parseCookies(cookiesOf(response))]);
  return {
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    csrfToken: body.csrfToken,
  };
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

function parseCookies(header: string): Array<[string, string]> {
  return header
    .split('; ')
    .filter(Boolean)
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]);
}

/** Per-connection state kept by autocannon between a connection's requests. */
interface ConnectionContext {
  slot?: number;
}

/**
 * Multiplies the exchanges of some partnerships (copies of their own, typed by the flagship's officer so
 * that the next run's restore removes them): how an append's cost depends on the history is measured on
 * the same partnerships before and after.
 */
async function inflateExchanges(
  databaseUrl: string,
  officerEmail: string,
  partnershipIds: readonly string[],
  times: number,
  log: (line: string) => void,
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts = await client.query<{ before: string; after: string }>(
      `WITH copied AS (
         INSERT INTO dialogue_exchange (id, partnership_id, audience, occurred_at, channel, participants, summary,
                                        decisions, recorded_by_organisation_id, recorded_by_user_id, recorded_at)
         SELECT gen_random_uuid(), exchange.partnership_id, exchange.audience,
                exchange.occurred_at - copy * interval '1 minute', exchange.channel, exchange.participants,
                exchange.summary, exchange.decisions, exchange.recorded_by_organisation_id,
                (SELECT id FROM app_user WHERE email = $2), exchange.recorded_at
           FROM dialogue_exchange exchange, generate_series(1, $3::int - 1) AS copy
          WHERE exchange.partnership_id = ANY($1::uuid[])
         RETURNING 1)
       SELECT (SELECT count(*) FROM dialogue_exchange WHERE partnership_id = ANY($1::uuid[])) AS before,
              (SELECT count(*) FROM copied) AS after`,
      [[...partnershipIds], officerEmail, times],
    );
    const row = counts.rows[0];
    const before = Number(row?.before ?? 0);
    log(
      `    ${partnershipIds.length} partnerships: ${before.toLocaleString('en')} exchanges, ` +
        `${(before + Number(row?.after ?? 0)).toLocaleString('en')} after copying each ${times - 1} times`,
    );
    await client.query('ANALYZE dialogue_exchange');
  } finally {
    await client.end();
  }
}

async function scenariosFor(
  api: ServerProcess,
  subjects: BenchSubjects,
  inflate: (partnershipIds: readonly string[], times: number) => Promise<void>,
): Promise<Scenario[]> {
  const flagship = await signIn(api, subjects.flagship.officerEmail);
  const organisationId = subjects.flagship.organisationId;
  const portfolio = subjects.portfolio;
  const measurementSessions = await Promise.all(
    subjects.measurements.map((subject) => signIn(api, subject.officerEmail)),
  );
  let nextSlot = 0;
  // Each run opens fresh connections: they take the slots in turn, one partnership each.
  const slotOf = (context: ConnectionContext) =>
    (context.slot ??= nextSlot++ % Math.max(1, subjects.measurements.length));
  const rotating = (paths: readonly string[]): Request[] => {
    let turn = 0;
    return [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: paths[turn++ % paths.length] }) },
    ];
  };
  const filteredSearches = [
    'country=SN&theme=water_sanitation&q=eau',
    'country=DE&theme=culture&q=jumel',
    'country=FR&kind=commune&q=saint',
    'country=ML&q=commune',
    'theme=youth_mobility&q=jeunesse',
    'country=MA&theme=heritage',
  ];
  const textSearches = ['q=mont', 'q=ville', 'q=bourg', 'q=patrimoine', 'q=Saint-', 'q=zzz'];
  const auth = (session: Session) => ({ cookie: session.cookie });
  return [
    {
      // Session lookup and one indexed count: what any signed-in read costs at least, here and in the baseline.
      name: 'unread notifications count (the cheapest signed-in read)',
      kind: 'read',
      api: () => ({
        requests: [{ method: 'GET', path: '/api/notifications/unread-count' }],
        headers: auth(flagship),
      }),
      baseline: () => [{ method: 'GET', path: '/unread-count' }],
    },
    {
      name: `dashboard of the largest authority (${subjects.flagship.partnerships} partnerships)`,
      kind: 'read',
      api: () => ({ requests: [{ method: 'GET', path: '/api/portfolio' }], headers: auth(flagship) }),
      baseline: () => [{ method: 'GET', path: `/portfolio?organisationId=${organisationId}` }],
    },
    {
      name: 'partnership page (assessment of the six steps)',
      kind: 'read',
      api: () => ({
        requests: rotating(portfolio.map((partnership) => `/api/partnerships/${partnership.id}/assessment`)),
        headers: auth(flagship),
      }),
      baseline: () =>
        rotating(
          portfolio.map(
            (partnership) => `/assessment?organisationId=${organisationId}&partnershipId=${partnership.id}`,
          ),
        ),
    },
    {
      name: 'directory search, filters and text',
      kind: 'read',
      api: () => ({
        requests: rotating(filteredSearches.map((query) => `/api/directory/organisations?${query}`)),
        headers: auth(flagship),
      }),
      baseline: () => rotating(filteredSearches.map((query) => `/directory?${query}`)),
    },
    {
      name: 'directory search, text only (all authorities)',
      kind: 'read',
      api: () => ({
        requests: rotating(textSearches.map((query) => `/api/directory/organisations?${query}`)),
        headers: auth(flagship),
      }),
      baseline: () => rotating(textSearches.map((query) => `/directory?${query}`)),
    },
    {
      name: 'log a dialogue exchange (append, audit, reminders)',
      kind: 'write',
      api: () => ({
        headers: {
          ...auth(flagship),
          'x-csrf-token': flagship.csrfToken,
          'content-type': 'application/json',
        },
        requests: exchangeRequests(portfolio),
      }),
      // The same statements through the bare server: the append, then the reminders rescheduled.
      baseline: () => exchangeBaselineRequests(portfolio, flagship),
    },
    ...historyScenarios(flagship, portfolio.slice(0, HISTORY_SUBJECTS), inflate),
    {
      name: 'record an action measurement (append, audit)',
      kind: 'write',
      api: () => {
        const today = new Date().toISOString().slice(0, 10);
        return {
          connections: subjects.measurements.length,
          headers: { 'content-type': 'application/json' },
          requests: [
            {
              method: 'POST',
              setupRequest: (request, context) => {
                const slot = slotOf(context as ConnectionContext);
                const subject = subjects.measurements[slot] as MeasurementSubject;
                const session = measurementSessions[slot] as Session;
                return {
                  ...request,
                  path: `/api/partnerships/${subject.partnershipId}/actions/${subject.actionId}/indicators/${subject.indicatorId}/measurements`,
                  headers: {
                    ...request.headers,
                    'content-type': 'application/json',
                    cookie: session.cookie,
                    'x-csrf-token': session.csrfToken,
                  },
                  body: JSON.stringify({ on: today, value: 1 + (slot % 7), unit: subject.unit }),
                };
              },
              onResponse: (status, body) => {
                if (status >= 300 && process.env.BENCH_DEBUG) console.error(status, body.slice(0, 300));
              },
            },
          ],
        };
      },
      // The same statements through the bare server, with the same sessions and subjects.
      baseline: () => {
        const today = new Date().toISOString().slice(0, 10);
        let nextBaselineSlot = 0;
        return [
          {
            method: 'POST',
            setupRequest: (request, context) => {
              const own = context as ConnectionContext;
              own.slot ??= nextBaselineSlot++ % Math.max(1, subjects.measurements.length);
              const subject = subjects.measurements[own.slot] as MeasurementSubject;
              const session = measurementSessions[own.slot] as Session;
              const query = new URLSearchParams({
                partnershipId: subject.partnershipId,
                actionId: subject.actionId,
                indicatorId: subject.indicatorId,
                on: today,
                value: String(1 + (own.slot % 7)),
              });
              return {
                ...request,
                path: `/measurement?${query.toString()}`,
                headers: { ...request.headers, cookie: session.cookie },
              };
            },
          },
        ];
      },
    },
  ];
}

async function runScenarios(
  scenarios: readonly Scenario[],
  api: ServerProcess,
  baseline: ServerProcess,
  options: BenchmarkOptions,
  log: (line: string) => void,
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const chosen = scenarios.filter(
    (scenario) => !options.only?.length || options.only.some((part) => scenario.name.includes(part)),
  );
  for (const scenario of chosen) {
    log(`Measuring: ${scenario.name}…`);
    const { requests, headers, connections, beforeMeasure } = scenario.api();
    let peak = api.memory().rssMiB;
    const apiResult = await measureLoad({
      url: api.url,
      connections: connections ?? options.connections,
      warmUpSeconds: options.warmUpSeconds,
      seconds: options.seconds,
      requests,
      headers,
      beforeMeasure,
      onTick: () => {
        peak = Math.max(peak, api.memory().rssMiB);
      },
    });
    const baselineResult = scenario.baseline
      ? await measureLoad({
          url: baseline.url,
          connections: options.connections,
          warmUpSeconds: options.warmUpSeconds,
          seconds: options.seconds,
          requests: scenario.baseline(),
          // The session cookie: the baseline runs the session lookup too.
          headers,
        })
      : undefined;
    results.push({ scenario, api: apiResult, apiPeakRssMiB: peak, baseline: baselineResult });
    log(
      `  ${apiResult.rps.toFixed(0)} req/s, p95 ${apiResult.p95.toFixed(1)} ms, ${apiResult.errors} errors` +
        (baselineResult
          ? ` — baseline ${baselineResult.rps.toFixed(0)} req/s, p95 ${baselineResult.p95.toFixed(1)} ms`
          : ''),
    );
  }
  return results;
}

export function renderReport(
  results: readonly ScenarioResult[],
  subjects: BenchSubjects,
  options: BenchmarkOptions,
  apiPeakMiB: number,
): string {
  const machine = `${cpus().length} vCPU ${cpus()[0]?.model.trim() ?? ''}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node.js ${process.versions.node}`;
  const lines = [
    '# API benchmark (generated by `pnpm bench`)',
    '',
    `Machine: ${machine} — ${new Date().toISOString().slice(0, 10)}. Dataset: scale ${options.scale}; the largest authority runs ${subjects.flagship.partnerships} partnerships.`,
    `${options.connections} connections, ${options.warmUpSeconds} s warm-up, ${options.seconds} s measured per endpoint. Latencies in ms.`,
    '',
    '| endpoint | req/s | p50 | p95 | p99 | errors | API peak RSS (MiB) | baseline req/s | baseline p95 | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const ms = (value: number) => value.toFixed(1);
  for (const { scenario, api, apiPeakRssMiB, baseline } of results) {
    lines.push(
      `| ${scenario.name} | ${api.rps.toFixed(0)} | ${ms(api.p50)} | ${ms(api.p95)} | ${ms(api.p99)} | ${api.errors} | ${apiPeakRssMiB.toFixed(0)} | ${baseline ? baseline.rps.toFixed(0) : '—'} | ${baseline ? ms(baseline.p95) : '—'} | ${baseline ? (api.rps / baseline.rps).toFixed(2) : '—'} |`,
    );
  }
  lines.push('', `API peak resident memory over the whole run (VmHWM): ${apiPeakMiB.toFixed(0)} MiB.`, '');
  return lines.join('\n');
}

/** How many of the flagship's partnerships the history scenarios write to. */
const HISTORY_SUBJECTS = 8;
/** How many times their exchanges are multiplied between the two scenarios. */
const HISTORY_FACTOR = 10;

/** An exchange of the technicians, logged by the flagship's officer, rotating over partnerships. */
function exchangeRequests(partnerships: BenchSubjects['portfolio']): Request[] {
  let turn = 0;
  return [
    {
      method: 'POST',
      setupRequest: (request) => {
        const partnership = partnerships[turn++ % partnerships.length] ?? partnerships[0];
        if (!partnership) return request;
        return {
          ...request,
          path: `/api/partnerships/${partnership.id}/dialogue/events`,
          body: JSON.stringify({
            audience: 'technicians',
            occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
            channel: 'in_person',
            participants: partnership.parties.map((partyId) => ({
              name: 'Chargée de mission',
              partyId,
              role: 'technician',
            })),
            summary: 'Point d’étape du benchmark',
            decisions: ['Prochain point dans un mois'],
          }),
        };
      },
    },
  ];
}

/** The same exchanges, rotating over the same partnerships, through the baseline server. */
function exchangeBaselineRequests(partnerships: BenchSubjects['portfolio'], flagship: Session): Request[] {
  let turn = 0;
  return [
    {
      method: 'POST',
      setupRequest: (request) => {
        const partnership = partnerships[turn++ % partnerships.length] ?? partnerships[0];
        const query = new URLSearchParams({
          partnershipId: partnership?.id ?? '',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        });
        return {
          ...request,
          path: `/exchange?${query.toString()}`,
          headers: { ...request.headers, cookie: flagship.cookie },
        };
      },
    },
  ];
}

/**
 * The same exchange written to the same few partnerships, then again once their exchanges are multiplied:
 * an append reads and writes only its own row, so the second should cost what the first did.
 */
function historyScenarios(
  flagship: Session,
  partnerships: BenchSubjects['portfolio'],
  inflate: (partnershipIds: readonly string[], times: number) => Promise<void>,
): Scenario[] {
  const headers = {
    cookie: flagship.cookie,
    'x-csrf-token': flagship.csrfToken,
    'content-type': 'application/json',
  };
  return [
    {
      name: `log an exchange, ${partnerships.length} partnerships (history as it is)`,
      kind: 'write',
      api: () => ({ headers, requests: exchangeRequests(partnerships) }),
    },
    {
      name: `log an exchange, the same ${partnerships.length} with ${HISTORY_FACTOR}× their exchanges`,
      kind: 'write',
      api: () => ({
        headers,
        requests: exchangeRequests(partnerships),
        beforeMeasure: () =>
          inflate(
            partnerships.map((partnership) => partnership.id),
            HISTORY_FACTOR,
          ),
      }),
    },
  ];
}
