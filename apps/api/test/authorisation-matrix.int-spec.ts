import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addDays, calendarDateAt } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { hashToken, newToken } from '../src/auth/tokens';
import { USER_ROLES, type UserRole } from '../src/users/user-role';
import { PARTNERSHIP_PART_TABLES } from '../src/partnership-records/partnership-part-tables';
import { Factory, unique } from './factories/world';
import { TestHttpClient, type MultipartPart } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestFileStorage, type TestFileStorage } from './support/test-file-storage';

/**
 * Every API route × every role × where the target record sits, against real PostgreSQL. The routes come
 * from the API's own OpenAPI document, so a route added without an entry below fails this spec.
 *
 * The actor always belongs to authority A. Contexts:
 * - `own`: a record of A, or a partnership A initiated with B;
 * - `other`: a record of B, A's partner, or a partnership B initiated with A (A is a party);
 * - `non`: a record of C, or a partnership between B and C (A is not a party).
 */
type Context = 'own' | 'other' | 'non';
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const CONTEXTS: Context[] = ['own', 'other', 'non'];

interface World {
  factory: Factory;
  /** A signed-in client of authority A with this role, to set up records through the API itself. */
  asA: (role: UserRole) => TestHttpClient;
  /** The same for authority B: the other party's moves (proposals A approves, validations A needs). */
  asB: (role: UserRole) => TestHttpClient;
  /** Partnerships prepared at a stage, once per context, then copied for each call (see `partnershipAt`). */
  prepared: Map<string, Promise<string>>;
  a: Authority;
  b: Authority;
  c: Authority;
  partnershipOf: Record<Context, string>;
}

interface Authority {
  id: string;
  admin: string;
  officer: string;
  staff: Record<UserRole, { id: string }>;
}

interface RequestSpec {
  url: string;
  body?: unknown;
  /** Sent as multipart/form-data instead of a JSON body (uploads). */
  multipart?: MultipartPart[];
}

interface RouteCase {
  /** Builds the request for a context; may create fresh records so that each call starts clean. */
  request: (context: Context, world: World) => Promise<RequestSpec> | RequestSpec;
  /** Expected status for a signed-in user of A with this role; `unauthenticated` for no session. */
  expect: (role: UserRole, context: Context) => number;
  unauthenticated: number;
}

const can = (roles: readonly UserRole[], role: UserRole, yes: number, no = 403) =>
  roles.includes(role) ? yes : no;
const READERS: UserRole[] = ['admin', 'officer', 'elected', 'viewer'];
const RUNNERS: UserRole[] = ['admin', 'officer'];
const NOTE_WRITERS: UserRole[] = ['admin', 'officer', 'elected'];
const COMMITMENT_WRITERS: UserRole[] = ['admin', 'officer', 'elected'];
/** A council's approval of a convention version is recorded by its elected officials, or by staff. */
const CONVENTION_APPROVERS: UserRole[] = ['admin', 'officer', 'elected'];
const RUPTURE_RESPONDERS: UserRole[] = ['admin', 'officer', 'elected'];
const RUPTURE_DECIDERS: UserRole[] = ['officer', 'elected'];
/**
 * The version a write must name where A gets no further than 404 (a record of a partnership A is no party
 * to, or a made-up id): any valid one, since nothing is read or checked past the access refusal.
 */
const MADE_UP_VERSION = 1;

const MOTIVATION = {
  category: 'political',
  frameOfReference: 'humanist',
  text: 'Solidarité entre nos habitants',
};

/** The version of one motivation in a commitment view (each motivation has its own). */
const motivationVersionIn = (
  commitment: { motivations: Array<{ id: string; version: number }> },
  id: string,
) => commitment.motivations.find((motivation) => motivation.id === id)!.version;

/** A motivation of A in the context's partnership (approved when asked), and that motivation's version. */
async function motivationOfA(
  world: World,
  context: Context,
  { approved = false } = {},
): Promise<{ id: string; version: number }> {
  if (context === 'non') return { id: '00000000-0000-4000-8000-000000000001', version: MADE_UP_VERSION };
  const partnershipId = world.partnershipOf[context];
  const stated = (
    await world.asA('officer').request('POST', `/api/partnerships/${partnershipId}/motivations`, MOTIVATION)
  ).json();
  const motivation = stated.motivations.at(-1) as { id: string; version: number };
  if (!approved) return { id: motivation.id, version: motivation.version };
  const reviewed = await world
    .asA('elected')
    .request('POST', `/api/partnerships/${partnershipId}/motivations/${motivation.id}/review`, {
      decision: 'approved',
      version: motivation.version,
    });
  return { id: motivation.id, version: motivationVersionIn(reviewed.json(), motivation.id) };
}

/**
 * A side's political review: the guard lets staff through for sides led by an appointed executive; for A, led
 * by elected officials, the domain refuses them (403) so only its elected officials succeed.
 */
const REVIEW_GIVERS: UserRole[] = ['admin', 'officer', 'elected'];
const reviewedByElected = (success: number) => (role: UserRole, context: Context) => {
  if (!REVIEW_GIVERS.includes(role)) return 403;
  if (context === 'non') return 404;
  return role === 'elected' ? success : 403;
};

/** The partnership as A reads it (form, parties, version); made up outside A's partnerships. */
async function partnershipOfA(world: World, context: Context) {
  const id = world.partnershipOf[context];
  if (context === 'non') {
    return { id, version: MADE_UP_VERSION, form: 'twinning', parties: [] as Array<Record<string, string>> };
  }
  const response = await world.asA('officer').request('GET', `/api/partnerships/${id}`);
  return response.json() as {
    id: string;
    version: number;
    form: string;
    parties: Array<{ organisationId: string; governance: string }>;
  };
}

/** Partnership-scoped: 404 outside a party (or for a role that sees no partnership), never 403 that leaks. */
const partnershipScoped =
  (allowed: UserRole[], success: number, capability: UserRole[] | null) =>
  (role: UserRole, context: Context) => {
    if (capability && !capability.includes(role)) return 403;
    if (context === 'non') return 404;
    return allowed.includes(role) ? success : 404;
  };

/** Organisation-scoped records addressed by id: only the admin's own organisation's exist for them. */
const adminOwnRecord = (success: number) => (role: UserRole, context: Context) =>
  role !== 'admin' ? 403 : context === 'own' ? success : 404;

/** The initiator's own work (partner search): other parties get 404 like strangers. */
const initiatorOnly = (roles: UserRole[], success: number) => (role: UserRole, context: Context) =>
  !roles.includes(role) ? 403 : context === 'own' ? success : 404;

const candidateBody = () => ({
  name: `Commune candidate ${unique()}`,
  countryCode: 'SN',
  source: 'authority_network',
  sourceDetail: 'Réseau CGLU',
});

/** A candidate in A's partner search (only in the partnership A initiated), and that candidate's version. */
async function candidateOfA(world: World, context: Context): Promise<{ id: string; version: number }> {
  if (context !== 'own') return { id: '00000000-0000-4000-8000-000000000003', version: MADE_UP_VERSION };
  const created = (
    await world
      .asA('officer')
      .request('POST', `/api/partnerships/${world.partnershipOf.own}/candidates`, candidateBody())
  ).json();
  const candidate = created.items.at(-1) as { id: string; version: number };
  return { id: candidate.id, version: candidate.version };
}

/** One view of a partnership as the client reads it (a setup read: it throws when it fails). */
async function viewOf(client: TestHttpClient, partnershipId: string, view: string) {
  const response = await client.request('GET', `/api/partnerships/${partnershipId}${view}`);
  if (response.statusCode !== 200) {
    throw new Error(`setup GET ${view} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json();
}

/**
 * The `version` of a view of the context's partnership as A's officer reads it: the version of the record
 * that view's writes edit (A's presentation, the political dialogue, the convention, the partnership's own
 * row in its status). A made-up one in `non`, where A reads nothing.
 */
async function viewVersionOf(
  world: World,
  context: Context,
  view: string,
  partnershipId = world.partnershipOf[context],
): Promise<number> {
  if (context === 'non') return MADE_UP_VERSION;
  return (await viewOf(world.asA('officer'), partnershipId, view)).version as number;
}

/**
 * A day counted from today in the test authorities' calendar (Europe/Paris): the product dates a rupture's
 * steps in its authority's zone, so between 23:00 and midnight UTC a UTC date would be yesterday there.
 */
const dayFromToday = (offset: number) => addDays(calendarDateAt(new Date(), 'Europe/Paris'), offset);

/**
 * The plan of a visit by A's delegation to the context's other party (in `non`, B's delegation to C): dates,
 * people and advisory, without the direction that only a new visit states.
 */
function visitPlanOf(world: World, context: Context, { past = false, orangeZone = false } = {}) {
  const [travelling, host] = context === 'non' ? [world.b, world.c] : [world.a, world.b];
  return {
    startsOn: dayFromToday(past ? -30 : 30),
    endsOn: dayFromToday(past ? -28 : 32),
    purpose: `Rencontre des services techniques ${unique()}`,
    agenda: ['Visite de terrain'],
    delegation: [
      { userId: travelling.officer, partyId: travelling.id, role: 'technician' },
      { name: 'Lycée agricole', partyId: travelling.id, role: 'territory_actor' },
    ],
    hosts: [{ name: 'Service de l’eau', partyId: host.id, role: 'technician' }],
    travelAdvisory: {
      level: orangeZone ? 'advised_against_except_essential' : 'normal_vigilance',
      source: 'France Diplomatie',
      checkedOn: dayFromToday(past ? -31 : -1),
    },
  };
}

/** A new visit's body: A travels, so "to_partner" where A initiated the partnership, "from_partner" where B did. */
function newVisitOf(world: World, context: Context, options: { past?: boolean; orangeZone?: boolean } = {}) {
  const plan = visitPlanOf(world, context, options);
  const initiatorTravels = context !== 'other';
  const travelling = plan.delegation[0]!.partyId;
  const host = plan.hosts[0]!.partyId;
  return {
    ...plan,
    direction: initiatorTravels ? 'to_partner' : 'from_partner',
    partnerPartyId: initiatorTravels ? host : travelling,
  };
}

/**
 * A fresh visit of A's delegation in the context's partnership, planned by A's officer (reported with one
 * follow-up when asked), and the visit's version after it; made-up ids in `non`, where A is no party.
 */
async function visitOf(
  world: World,
  context: Context,
  options: { past?: boolean; orangeZone?: boolean; reported?: boolean } = {},
): Promise<{ id: string; version: number; followUpId: string }> {
  if (context === 'non') {
    return {
      id: '00000000-0000-4000-8000-000000000004',
      version: MADE_UP_VERSION,
      followUpId: '00000000-0000-4000-8000-000000000005',
    };
  }
  const url = `/api/partnerships/${world.partnershipOf[context]}/visits`;
  const body = newVisitOf(world, context, {
    past: options.reported || options.past,
    orangeZone: options.orangeZone,
  });
  const planned = (await world.asA('officer').request('POST', url, body)).json();
  const { id, version } = (planned.visits as Array<{ id: string; purpose: string; version: number }>).find(
    (visit) => visit.purpose === body.purpose,
  )!;
  if (!options.reported) return { id, version, followUpId: '' };
  const reported = (
    await world.asA('officer').request('PUT', `${url}/${id}/report`, {
      summary: 'Rencontres utiles',
      outcomes: [],
      peopleMet: [],
      followUps: [
        {
          title: 'Envoyer le compte rendu',
          owner: { userId: world.a.officer, partyId: world.a.id, role: 'technician' },
          dueOn: dayFromToday(10),
        },
      ],
      version,
    })
  ).json();
  const visit = (
    reported.visits as Array<{ id: string; version: number; report: { followUps: Array<{ id: string }> } }>
  ).find((candidate) => candidate.id === id)!;
  return { id, version: visit.version, followUpId: visit.report.followUps[0]!.id };
}

/** A share link of the context's partnership: A's own where A is a party, else one of B's made in the database. */
async function shareLinkOf(world: World, context: Context): Promise<{ id: string; token: string }> {
  const partnershipId = world.partnershipOf[context];
  if (context !== 'non') {
    const created = await world
      .asA('officer')
      .request('POST', `/api/partnerships/${partnershipId}/presentation/share-links`, {
        language: 'fr',
        expiresInDays: 7,
      });
    return { id: created.json().id, token: (created.json().url as string).split('/').at(-1)! };
  }
  const token = `matrix-token-${unique()}`;
  const rows: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO presentation_share_link (token_hash, partnership_id, owner_organisation_id, language, created_by_user_id, expires_at)
     VALUES ($1, $2, $3, 'fr', $4, now() + interval '1 day') RETURNING id`,
    [hashToken(token), partnershipId, world.b.id, world.b.officer],
  );
  return { id: rows[0]!.id, token };
}

/**
 * A delivered reminder's notification for a user of the context's authority who is never the actor (a
 * colleague in `own`): only one's own notifications exist, so every role gets 404. Reading one's own is
 * covered by notifications.int-spec.
 */
async function notificationOf(world: World, context: Context): Promise<string> {
  const authority = otherAuthorityOf(context, world);
  const recipient = await world.factory.user(authority.id, 'officer');
  const reminders: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO reminder (key, recipient_id, organisation_id, partnership_id, kind, audience, subject_date,
       offset_days, notify_at, send_at, status, sent_at)
     VALUES ($1, $2, $3, $4, 'dialogue-due', 'technicians', current_date + 7, 7, now(), now(), 'sent', now())
     RETURNING id`,
    [`matrix-${unique()}`, recipient.id, authority.id, world.partnershipOf[context]],
  );
  const rows: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO notification (user_id, reminder_id, partnership_id, kind)
     VALUES ($1, $2, $3, 'dialogue-due') RETURNING id`,
    [recipient.id, reminders[0]!.id, world.partnershipOf[context]],
  );
  return rows[0]!.id;
}

/** A working calendar feed address of an officer of the context's authority (A, B or C), made in the database. */
async function calendarFeedOf(world: World, context: Context): Promise<string> {
  const token = newToken();
  await world.factory.dataSource.query('INSERT INTO calendar_feed (user_id, token_hash) VALUES ($1, $2)', [
    otherAuthorityOf(context, world).officer,
    hashToken(token),
  ]);
  return `/api/calendar/${token}.ics`;
}

/** A reminder that failed for good, to an officer of the context's authority (A, B or C), made in the database. */
async function failedReminderOf(world: World, context: Context): Promise<string> {
  const authority = otherAuthorityOf(context, world);
  const rows: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO reminder (key, recipient_id, organisation_id, partnership_id, kind, audience, subject_date,
       offset_days, notify_at, send_at, status, attempts, last_error, closed_at)
     VALUES ($1, $2, $3, $4, 'dialogue-due', 'technicians', current_date + 7, 7, now(), now(), 'failed', 8,
       '451 Service temporarily unavailable', now())
     RETURNING id`,
    [`matrix-${unique()}`, authority.officer, authority.id, world.partnershipOf[context]],
  );
  return rows[0]!.id;
}

/** A small PNG, sent as the `file` part of an upload. */
const PNG_FILE: MultipartPart = {
  name: 'file',
  filename: 'photo.png',
  contentType: 'image/png',
  content: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
};

/** A stored file of the context's partnership: uploaded by A where A is a party, else one of B's in the database. */
async function storedFileOf(world: World, context: Context): Promise<string> {
  const partnershipId = world.partnershipOf[context];
  if (context !== 'non') {
    const uploaded = await world
      .asA('officer')
      .postMultipart(`/api/partnerships/${partnershipId}/files`, [PNG_FILE]);
    return uploaded.json().id as string;
  }
  const rows: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO stored_file (partnership_id, organisation_id, uploaded_by, original_name, media_type, size_bytes, sha256)
     VALUES ($1, $2, $3, 'photo.png', 'image/png', 1, repeat('0', 64)) RETURNING id`,
    [partnershipId, world.b.id, world.b.officer],
  );
  return rows[0]!.id;
}

const otherAuthorityOf = (context: Context, world: World): Authority =>
  ({ own: world.a, other: world.b, non: world.c })[context];

/** Made-up ids for records of the B–C partnership, where A is no party and never gets past the 404. */
const UNKNOWN_ACTION = '00000000-0000-4000-8000-000000000006';
const UNKNOWN_INDICATOR = '00000000-0000-4000-8000-000000000007';
const UNKNOWN_PRIORITY = '00000000-0000-4000-8000-000000000008';

/** The version of a partnership's dialogue plan, 0 before any. */
async function planVersionOf(world: World, partnershipId: string): Promise<number> {
  const rows: Array<{ version: number }> = await world.factory.dataSource.query(
    'SELECT COALESCE((SELECT version FROM dialogue_plan WHERE partnership_id = $1), 0) AS version',
    [partnershipId],
  );
  return rows[0]!.version;
}

/** The two parties of the context's partnership: A and B in `own` and `other`, B and C in `non`. */
const partiesOf = (world: World, context: Context): [Authority, Authority] =>
  context === 'non' ? [world.b, world.c] : [world.a, world.b];

/**
 * The version of the record a setup move at `path` edits, as the mover reads it: a motivation's or an
 * action's own, the dialogue plan's, else that of the view the part is read in (the convention, the
 * political dialogue, and the partnership's own row in its status for a suspension, resumption or end).
 */
async function versionOfEdited(
  world: World,
  client: TestHttpClient,
  partnershipId: string,
  path: string,
): Promise<number> {
  const motivation = /^\/motivations\/([^/]+)/.exec(path);
  if (motivation) {
    return motivationVersionIn(await viewOf(client, partnershipId, '/commitment'), motivation[1]!);
  }
  const indicator = /^\/actions\/([^/]+)\/indicators\/([^/]+)\/(validation|plan)$/.exec(path);
  if (indicator) {
    const { action } = await viewOf(client, partnershipId, `/actions/${indicator[1]}`);
    return (action.indicators as Array<{ id: string; version: number }>).find(
      (candidate) => candidate.id === indicator[2],
    )!.version;
  }
  const action = /^\/actions\/([^/]+)/.exec(path);
  if (action) return (await viewOf(client, partnershipId, `/actions/${action[1]}`)).version;
  if (path.startsWith('/dialogue/plan')) return planVersionOf(world, partnershipId);
  const view = ['/convention', '/political-dialogue'].find((part) => path.startsWith(part)) ?? '/status';
  return (await viewOf(client, partnershipId, view)).version;
}

/**
 * A setup move through the API, on the current version of the record it edits (none for a move that
 * creates a record, which conflicts with nothing); throws when it fails, so that a broken setup never
 * passes for an access refusal.
 */
async function move(
  world: World,
  client: TestHttpClient,
  method: Method,
  partnershipId: string,
  path: string,
  body: Record<string, unknown> = {},
  { versioned = true } = {},
) {
  const version = versioned ? { version: await versionOfEdited(world, client, partnershipId, path) } : {};
  const response = await client.request(method, `/api/partnerships/${partnershipId}${path}`, {
    ...body,
    ...version,
  });
  if (response.statusCode >= 300) {
    throw new Error(`setup ${method} ${path} answered ${response.statusCode}: ${response.body}`);
  }
  return response.json();
}

/**
 * A new partnership shaped like the context's (A initiated it with B in `own`, B with A in `other`), for
 * a route that changes its status or its one convention; `non` keeps B–C's, which A never gets into.
 */
async function freshPartnershipOf(world: World, context: Context): Promise<string> {
  if (context === 'non') return world.partnershipOf.non;
  const [initiator, partner] = context === 'own' ? [world.a, world.b] : [world.b, world.a];
  return (await world.factory.partnership(initiator.id, initiator.officer, [partner.id])).id;
}

/**
 * A copy of a partnership, its parties and the records of its parts included, each with its version: a
 * state prepared once, spent by one call.
 */
async function copyOfPartnership(world: World, partnershipId: string): Promise<string> {
  const { dataSource } = world.factory;
  const rows: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO partnership (title, form, approach, status, target_countries, themes, suspension, termination,
       created_by_user_id, version)
     SELECT title, form, approach, status, target_countries, themes, suspension, termination,
       created_by_user_id, version
     FROM partnership WHERE id = $1 RETURNING id`,
    [partnershipId],
  );
  const id = rows[0]!.id;
  await dataSource.query(
    `INSERT INTO partnership_party (partnership_id, organisation_id, role, joined_at)
     SELECT $2, organisation_id, role, joined_at FROM partnership_party WHERE partnership_id = $1`,
    [partnershipId, id],
  );
  for (const table of Object.values(PARTNERSHIP_PART_TABLES.listed)) {
    await dataSource.query(
      `INSERT INTO ${table} (partnership_id, record_key, position, version, content)
       SELECT $2, record_key, position, version, content FROM ${table} WHERE partnership_id = $1`,
      [partnershipId, id],
    );
  }
  for (const table of Object.values(PARTNERSHIP_PART_TABLES.single)) {
    await dataSource.query(
      `INSERT INTO ${table} (partnership_id, version, content)
       SELECT $2, version, content FROM ${table} WHERE partnership_id = $1`,
      [partnershipId, id],
    );
  }
  await dataSource.query(
    `INSERT INTO dialogue_plan (partnership_id, version, audiences, tolerance_days, proposed_at, approved_by)
     SELECT $2, version, audiences, tolerance_days, proposed_at, approved_by FROM dialogue_plan
     WHERE partnership_id = $1`,
    [partnershipId, id],
  );
  return id;
}

const CONVENTION_TERMS = {
  durationMonths: 36,
  tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
  terminationNoticeDays: 90,
};

function conventionText(terms: object = CONVENTION_TERMS) {
  return {
    text: 'Convention de coopération décentralisée',
    content: {
      objectives: 'Coopérer sur l’accès à l’eau',
      priorities: ['Assainissement'],
      themes: ['water_sanitation'],
      governance: 'Un comité de pilotage paritaire',
      dialogueModalities: 'Visioconférence trimestrielle entre élus',
      fundingCommitments: 'Chaque partie finance ses missions',
      terminationClause: 'Préavis de trois mois',
    },
    terms,
  };
}

/** A council approval of the convention's first version by the client's party. */
const approvalOn = (decidedOn: string) => ({
  conventionVersion: 1,
  councilDecisionRef: `DEL-${unique()}`,
  decidedOn,
});

const signatureOf = (world: World, context: Context, signedOn: string) => ({
  conventionVersion: 1,
  signedOn,
  signatories: partiesOf(world, context).map((party) => ({
    partyId: party.id,
    name: 'Maire',
    title: 'Maire de la commune',
  })),
});

/**
 * Stages of step 5, each prepared from the one before: the political dialogue done (both sides' motivations
 * shared and judged compatible by each side's elected officials, a priority agreed by both), then the
 * convention negotiated, approved by both councils, signed, in force, suspended; `pastDue` is a convention
 * without tacit renewal that came into force long enough ago to have reached its expiry date.
 */
type Stage = 'dialogueDone' | 'negotiating' | 'approved' | 'signed' | 'inForce' | 'suspended' | 'pastDue';

/**
 * A partnership of the context at this stage, with its convention's version (what step 5's convention
 * routes name): a copy of one prepared once per context, so that each call starts from the same state.
 * In `non`, B–C's partnership as it is (A gets 404 first).
 */
async function partnershipAt(
  world: World,
  context: Context,
  stage: Stage,
): Promise<{ id: string; version: number }> {
  if (context === 'non') return { id: world.partnershipOf.non, version: MADE_UP_VERSION };
  const key = `${stage}/${context}`;
  if (!world.prepared.has(key)) world.prepared.set(key, prepareStage(world, context, stage));
  const id = await copyOfPartnership(world, await world.prepared.get(key)!);
  return { id, version: await viewVersionOf(world, context, '/convention', id) };
}

async function prepareStage(world: World, context: Context, stage: Stage): Promise<string> {
  const officerA = world.asA('officer');
  const officerB = world.asB('officer');
  if (stage === 'dialogueDone') {
    const id = await freshPartnershipOf(world, context);
    for (const [asParty, name] of [
      [world.asA, 'A'],
      [world.asB, 'B'],
    ] as const) {
      const text = `Motivation de ${name} ${unique()}`;
      const stated = await move(
        world,
        asParty('officer'),
        'POST',
        id,
        '/motivations',
        { ...MOTIVATION, text },
        { versioned: false },
      );
      const motivationId = (stated.motivations as Array<{ id: string; text: string }>).find(
        (motivation) => motivation.text === text,
      )!.id;
      await move(world, asParty('elected'), 'POST', id, `/motivations/${motivationId}/review`, {
        decision: 'approved',
      });
      await move(world, asParty('officer'), 'POST', id, `/motivations/${motivationId}/share`);
    }
    for (const elected of [world.asA('elected'), world.asB('elected')]) {
      await move(world, elected, 'POST', id, '/political-dialogue/compatibility-reviews', {
        decision: 'approved',
      });
    }
    const proposed = await move(world, officerA, 'POST', id, '/political-dialogue/priorities', {
      title: 'Assainissement',
      stakeIds: [],
    });
    const priorityId = (proposed.priorities as Array<{ id: string }>).at(-1)!.id;
    await move(
      world,
      world.asB('elected'),
      'POST',
      id,
      `/political-dialogue/priorities/${priorityId}/agreement`,
    );
    return id;
  }
  const previous: Record<Exclude<Stage, 'dialogueDone'>, Stage> = {
    negotiating: 'dialogueDone',
    approved: 'negotiating',
    signed: 'approved',
    inForce: 'signed',
    suspended: 'inForce',
    pastDue: 'dialogueDone',
  };
  const { id } = await partnershipAt(world, context, previous[stage]);
  const today = dayFromToday(0);
  switch (stage) {
    case 'negotiating':
      await move(world, officerA, 'POST', id, '/convention', conventionText());
      await move(world, officerA, 'POST', id, '/convention/negotiation');
      break;
    case 'approved':
      await move(world, officerA, 'POST', id, '/convention/approvals', approvalOn(today));
      await move(world, officerB, 'POST', id, '/convention/approvals', approvalOn(today));
      break;
    case 'signed':
      await move(world, officerA, 'POST', id, '/convention/signature', signatureOf(world, context, today));
      break;
    case 'inForce':
      await move(world, officerA, 'POST', id, '/convention/entry-into-force', { effectiveOn: today });
      break;
    case 'suspended':
      await move(world, officerA, 'POST', id, '/convention/suspension', { reason: 'Élections municipales' });
      break;
    case 'pastDue': {
      // A one-year convention without tacit renewal, in force for over two years: its expiry date has passed.
      const longAgo = dayFromToday(-800);
      const terms = { durationMonths: 12, tacitRenewal: null, terminationNoticeDays: 30 };
      await move(world, officerA, 'POST', id, '/convention', conventionText(terms));
      await move(world, officerA, 'POST', id, '/convention/negotiation');
      await move(world, officerA, 'POST', id, '/convention/approvals', approvalOn(longAgo));
      await move(world, officerB, 'POST', id, '/convention/approvals', approvalOn(longAgo));
      await move(world, officerA, 'POST', id, '/convention/signature', signatureOf(world, context, longAgo));
      await move(world, officerA, 'POST', id, '/convention/entry-into-force', { effectiveOn: longAgo });
      break;
    }
  }
  return id;
}

/** A fresh partnership of the context with a drafted convention, and the convention's version. */
async function draftConventionOf(world: World, context: Context): Promise<{ id: string; version: number }> {
  const id = await freshPartnershipOf(world, context);
  if (context !== 'non') await move(world, world.asA('officer'), 'POST', id, '/convention', conventionText());
  return { id, version: await viewVersionOf(world, context, '/convention', id) };
}

/** A termination in order: a reason, notice given today for the required days, no ongoing action. */
const terminationBody = (noticeDays: number, version: number) => ({
  reason: 'Fin du mandat commun',
  noticeGivenOn: dayFromToday(0),
  effectiveOn: dayFromToday(noticeDays),
  actionDecisions: [],
  version,
});

/**
 * A fresh partnership of the context with a rupture under negotiation, proposed by A or by B, answered by
 * the other party when asked.
 */
async function ruptureOf(
  world: World,
  context: Context,
  proposer: 'A' | 'B',
  { answered = false } = {},
): Promise<string> {
  const id = await freshPartnershipOf(world, context);
  if (context === 'non') return id;
  const [proposing, answering] =
    proposer === 'A'
      ? [world.asA('officer'), world.asB('officer')]
      : [world.asB('officer'), world.asA('officer')];
  await move(world, proposing, 'POST', id, '/rupture', { reason: 'Recentrage de l’action internationale' });
  if (answered) await move(world, answering, 'POST', id, '/rupture/responses', { text: 'Entendu' });
  return id;
}

/** A dialogue plan naming people of both parties for every audience, over a channel each side can use. */
function dialoguePlanOf(world: World, context: Context) {
  const parties = partiesOf(world, context);
  const audiences = [
    ['elected_officials', 'elected'],
    ['technicians', 'technician'],
    ['territory_actors', 'territory_actor'],
  ] as const;
  return {
    audiences: audiences.map(([audience, role]) => ({
      audience,
      cadence: { every: 3, unit: 'month' },
      channels: ['email'],
      participants: parties.map((party, index) => ({
        name: `Participant ${index + 1}`,
        partyId: party.id,
        role,
      })),
    })),
    toleranceDays: 14,
  };
}

/** An action of the shared partnership, located on the other party's territory. */
const newActionOf = (world: World, context: Context) => ({
  title: `Forage ${unique()}`,
  themes: ['water_sanitation'],
  sdgs: [6],
  locatedIn: [partiesOf(world, context)[1].id],
  operators: [],
  priority: 'medium',
});

const INDICATOR = { name: 'Foyers raccordés', unit: 'foyers', baseline: 0, target: 200 };

/**
 * A fresh action created by A's officer in the context's partnership, with the action's version after the
 * setup (of the detail the last setup write returned). `indicator`: one proposed by B (for A to validate),
 * or `measurable`: proposed by A and validated by B. Made-up ids in `non`.
 */
async function actionOf(
  world: World,
  context: Context,
  { indicator, enteredByB }: { indicator?: 'proposedByB' | 'measurable'; enteredByB?: boolean } = {},
): Promise<{ id: string; indicatorId: string; version: number; indicatorVersion: number }> {
  if (context === 'non') {
    return {
      id: UNKNOWN_ACTION,
      indicatorId: UNKNOWN_INDICATOR,
      version: MADE_UP_VERSION,
      indicatorVersion: MADE_UP_VERSION,
    };
  }
  const partnershipId = world.partnershipOf[context];
  // A new action conflicts with nothing: creating one names no version.
  let detail = await move(
    world,
    // Entered by B when A is to confirm what B stated (who proposed it).
    enteredByB ? world.asB('officer') : world.asA('officer'),
    'POST',
    partnershipId,
    '/actions',
    newActionOf(world, context),
    { versioned: false },
  );
  const id = detail.action.id as string;
  let indicatorId = '';
  if (indicator) {
    const proposer = indicator === 'proposedByB' ? world.asB('officer') : world.asA('officer');
    // A new indicator conflicts with nothing: it names no version.
    detail = await move(world, proposer, 'POST', partnershipId, `/actions/${id}/indicators`, INDICATOR, {
      versioned: false,
    });
    indicatorId = (detail.action.indicators as Array<{ id: string }>).at(-1)!.id;
    if (indicator === 'measurable') {
      detail = await move(
        world,
        world.asB('officer'),
        'POST',
        partnershipId,
        `/actions/${id}/indicators/${indicatorId}/validation`,
      );
    }
  }
  const indicators = detail.action.indicators as Array<{ id: string; version: number }>;
  return {
    id,
    indicatorId,
    version: detail.version as number,
    indicatorVersion: indicators.find((candidate) => candidate.id === indicatorId)?.version ?? 0,
  };
}

const actionsUrl = (world: World, context: Context, path = '') =>
  `/api/partnerships/${world.partnershipOf[context]}/actions${path}`;

/** A made-up application of the B–C partnership, where A is no party and never gets past the 404. */
const UNKNOWN_APPLICATION = '00000000-0000-4000-8000-000000000016';

/** A call for projects of an authority, open from 2000 to 2100, written straight into its table. */
async function fundingCallOf(world: World, authority: Authority): Promise<string> {
  const [call]: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO funding_call (organisation_id, funder, funder_name, name, opens_on, closes_on)
     VALUES ($1, 'ministry_call', 'Ministère', $2, '2000-01-01', '2100-12-31') RETURNING id`,
    [authority.id, `Appel ${unique()}`],
  );
  return call!.id;
}

/**
 * An application of A, at a status, for an action of the context's partnership (with a tranche and a report
 * when granted): A applies in a partnership it initiated or joined alike.
 */
async function fundingApplicationOf(
  world: World,
  context: Context,
  status: 'draft' | 'submitted' | 'granted',
): Promise<{ id: string; trancheId: string; reportId: string }> {
  if (context === 'non')
    return { id: UNKNOWN_APPLICATION, trancheId: UNKNOWN_ACTION, reportId: UNKNOWN_ACTION };
  const { id: actionId } = await actionOf(world, context);
  const callId = await fundingCallOf(world, world.a);
  const [application]: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO funding_application (call_id, organisation_id, partnership_id, action_key, status, requested_amount,
                                      submitted_on, granted_amount, decided_on)
     VALUES ($1, $2, $3, $4, $5::varchar, 1000,
             CASE WHEN $5::varchar = 'draft' THEN NULL ELSE DATE '2026-02-01' END,
             CASE WHEN $5::varchar = 'granted' THEN 800 END,
             CASE WHEN $5::varchar = 'granted' THEN DATE '2026-03-01' END)
     RETURNING id`,
    [callId, world.a.id, world.partnershipOf[context], actionId, status],
  );
  const id = application!.id;
  const [tranche]: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO funding_tranche (application_id, label, expected_on, expected_amount)
     VALUES ($1, 'Avance', '2026-04-01', 400) RETURNING id`,
    [id],
  );
  const [report]: Array<{ id: string }> = await world.factory.dataSource.query(
    `INSERT INTO funding_report (application_id, kind, due_on) VALUES ($1, 'interim', '2026-06-30') RETURNING id`,
    [id],
  );
  return { id, trancheId: tranche!.id, reportId: report!.id };
}

const applicationUrl = (world: World, context: Context, id: string, path = '') =>
  `/api/partnerships/${world.partnershipOf[context]}/funding-applications/${id}${path}`;

const ROUTES: Record<string, RouteCase> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: () => 200, unauthenticated: 200 },
  'GET /api/dev/mails': {
    request: () => ({ url: '/api/dev/mails' }),
    expect: () => 404,
    unauthenticated: 404,
  },
  'GET /api/dev/mails/{id}': {
    request: () => ({ url: '/api/dev/mails/2026-01-01T00-00-00-000Z-0a1b2c3d' }),
    expect: () => 404,
    unauthenticated: 404,
  },
  'GET /api/auth/session': {
    request: () => ({ url: '/api/auth/session' }),
    expect: () => 200,
    unauthenticated: 200,
  },
  'POST /api/auth/login': {
    request: () => ({
      url: '/api/auth/login',
      body: { email: `nobody.${unique()}@example.test`, password: 'wrong password here' },
    }),
    expect: () => 401,
    unauthenticated: 401,
  },
  'POST /api/auth/logout': {
    request: () => ({ url: '/api/auth/logout' }),
    expect: () => 204,
    unauthenticated: 401,
  },
  'POST /api/auth/password': {
    request: () => ({
      url: '/api/auth/password',
      body: { currentPassword: 'not my password', newPassword: 'another long passphrase' },
    }),
    expect: () => 422,
    unauthenticated: 401,
  },
  // One's own inbox and account settings: every signed-in user, whatever their role.
  'GET /api/notifications': {
    request: () => ({ url: '/api/notifications' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'GET /api/inbox': {
    request: () => ({ url: '/api/inbox' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'GET /api/inbox/count': {
    request: () => ({ url: '/api/inbox/count' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'GET /api/notifications/unread-count': {
    request: () => ({ url: '/api/notifications/unread-count' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'POST /api/notifications/read-all': {
    request: () => ({ url: '/api/notifications/read-all' }),
    expect: () => 204,
    unauthenticated: 401,
  },
  'POST /api/notifications/{notificationId}/read': {
    request: async (context, world) => ({
      url: `/api/notifications/${await notificationOf(world, context)}/read`,
    }),
    expect: () => 404,
    unauthenticated: 401,
  },
  'GET /api/me/reminder-preferences': {
    request: () => ({ url: '/api/me/reminder-preferences' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'PUT /api/me/reminder-preferences': {
    request: () => ({ url: '/api/me/reminder-preferences', body: { optOuts: ['visit-upcoming'] } }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'PUT /api/me/language': {
    request: () => ({ url: '/api/me/language', body: { language: 'en' } }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'GET /api/me/calendar-feed': {
    request: () => ({ url: '/api/me/calendar-feed' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'POST /api/me/calendar-feed': {
    request: () => ({ url: '/api/me/calendar-feed' }),
    expect: () => 201,
    unauthenticated: 401,
  },
  'DELETE /api/me/calendar-feed': {
    request: () => ({ url: '/api/me/calendar-feed' }),
    expect: () => 204,
    unauthenticated: 401,
  },
  'GET /api/calendar/{token}.ics': {
    request: async (context, world) => ({ url: await calendarFeedOf(world, context) }),
    // The secret address is the capability, like a shared presentation: calendar servers have no session.
    expect: () => 200,
    unauthenticated: 200,
  },
  'GET /api/audit-events': {
    request: () => ({ url: '/api/audit-events' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'GET /api/organisation': {
    request: () => ({ url: '/api/organisation' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'PATCH /api/organisation': {
    request: async (_context, world) => ({
      url: '/api/organisation',
      body: { population: 157_000, version: await versionOf(world, world.a.id) },
    }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'GET /api/organisation/users': {
    request: () => ({ url: '/api/organisation/users' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'PATCH /api/organisation/users/{userId}': {
    request: async (context, world) => {
      const target = await world.factory.user(otherAuthorityOf(context, world).id, 'viewer');
      return {
        url: `/api/organisation/users/${target.id}`,
        body: { role: 'elected', version: target.version },
      };
    },
    expect: adminOwnRecord(200),
    unauthenticated: 401,
  },
  'GET /api/organisation/reminders': {
    request: () => ({ url: '/api/organisation/reminders?status=failed' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'GET /api/organisation/reminders/health': {
    request: () => ({ url: '/api/organisation/reminders/health' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'POST /api/organisation/reminders/{reminderId}/retry': {
    request: async (context, world) => ({
      url: `/api/organisation/reminders/${await failedReminderOf(world, context)}/retry`,
    }),
    expect: adminOwnRecord(200),
    unauthenticated: 401,
  },
  'GET /api/organisation/invitations': {
    request: () => ({ url: '/api/organisation/invitations' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'POST /api/organisation/invitations': {
    request: () => ({
      url: '/api/organisation/invitations',
      body: { email: `colleague.${unique()}@example.test`, role: 'viewer' },
    }),
    expect: (role) => can(['admin'], role, 201),
    unauthenticated: 401,
  },
  'DELETE /api/organisation/invitations/{invitationId}': {
    request: async (context, world) => {
      const authority = otherAuthorityOf(context, world);
      const { invitation } = await world.factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: authority.id,
        invitedByUserId: authority.admin,
      });
      return { url: `/api/organisation/invitations/${invitation.id}` };
    },
    expect: adminOwnRecord(204),
    unauthenticated: 401,
  },
  'GET /api/partnerships': {
    request: () => ({ url: '/api/partnerships' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'POST /api/partnerships': {
    request: () => ({
      url: '/api/partnerships',
      body: { title: 'Jumelage', form: 'twinning', approach: 'mutual_interest' },
    }),
    expect: (role) => can(RUNNERS, role, 201),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}` }),
    expect: partnershipScoped(READERS, 200, null),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/internal-notes': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/internal-notes`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/form': {
    request: async (context, world) => {
      const { id, version, form } = await partnershipOfA(world, context);
      // Between two convention-based forms, so that the other routes' cases keep their criteria.
      const other = form === 'twinning' ? 'decentralised_cooperation' : 'twinning';
      return { url: `/api/partnerships/${id}/form`, body: { form: other, version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/parties/{organisationId}/governance': {
    request: async (context, world) => {
      const { id, version, parties } = await partnershipOfA(world, context);
      const b = parties.find((party) => party.organisationId === world.b.id);
      const governance =
        b?.governance === 'appointed_executive' ? 'elected_executive' : 'appointed_executive';
      return {
        url: `/api/partnerships/${id}/parties/${world.b.id}/governance`,
        body: { governance, version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/internal-notes': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/internal-notes`,
      body: { body: 'Note' },
    }),
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/partner-invitations': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/partner-invitations`,
      body: {
        email: `partner.${unique()}@example.test`,
        organisation: {
          name: 'Commune de Ziguinchor',
          kind: 'commune',
          countryCode: 'SN',
          languages: ['fr', 'wo'],
          timeZone: 'Africa/Dakar',
        },
      },
    }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/assessment': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/assessment` }),
    expect: partnershipScoped(READERS, 200, null),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/commitment': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/commitment` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/motivations': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/motivations`,
      body: MOTIVATION,
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/motivations/{motivationId}': {
    request: async (context, world) => {
      const { id, version } = await motivationOfA(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/motivations/${id}`,
        body: { ...MOTIVATION, text: 'Revue', version },
      };
    },
    expect: partnershipScoped(COMMITMENT_WRITERS, 200, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/motivations/{motivationId}/review': {
    request: async (context, world) => {
      const { id, version } = await motivationOfA(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/motivations/${id}/review`,
        body: { decision: 'approved', version },
      };
    },
    expect: reviewedByElected(200),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/motivations/{motivationId}/share': {
    request: async (context, world) => {
      const { id, version } = await motivationOfA(world, context, { approved: true });
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/motivations/${id}/share`,
        body: { version },
      };
    },
    expect: partnershipScoped(COMMITMENT_WRITERS, 200, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/stakes': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/stakes`,
      body: { title: 'Accès à l’eau', cooperationCanBeLever: true },
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/contributions': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/contributions`,
      body: { title: 'Régie des eaux' },
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/territory-actors': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/territory-actors`,
      body: { name: `Lycée ${unique()}`, kind: 'school', involvement: 'co_carrier' },
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/territory-actors/{actorId}/consultations': {
    request: async (context, world) => {
      const partnershipId = world.partnershipOf[context];
      let actorId = '00000000-0000-4000-8000-000000000002';
      if (context !== 'non') {
        const created = await world
          .asA('officer')
          .request('POST', `/api/partnerships/${partnershipId}/territory-actors`, {
            name: `Association ${unique()}`,
            kind: 'association',
            involvement: 'operator',
          });
        actorId = (created.json().territoryActors.at(-1) as { id: string }).id;
      }
      return {
        url: `/api/partnerships/${partnershipId}/territory-actors/${actorId}/consultations`,
        body: { on: '2026-10-12', summary: 'Réunion de présentation du projet' },
      };
    },
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/candidates': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/candidates` }),
    expect: initiatorOnly(READERS, 200),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/candidates': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/candidates`,
      body: candidateBody(),
    }),
    expect: initiatorOnly(RUNNERS, 201),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/candidates/{candidateId}/advance': {
    request: async (context, world) => {
      const { id, version } = await candidateOfA(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/candidates/${id}/advance`,
        body: { stage: 'contacted', version },
      };
    },
    expect: initiatorOnly(RUNNERS, 200),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/candidates/{candidateId}/invitation': {
    request: async (context, world) => {
      const { id } = await candidateOfA(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/candidates/${id}/invitation`,
        body: {
          email: `candidate.${unique()}@example.test`,
          organisation: {
            name: 'Commune de Ségou',
            kind: 'commune',
            countryCode: 'ML',
            languages: ['fr'],
            timeZone: 'Africa/Bamako',
          },
        },
      };
    },
    // Past the access checks the lifecycle model refuses: this candidate was never proposed.
    expect: initiatorOnly(RUNNERS, 409),
    unauthenticated: 401,
  },
  'GET /api/directory/organisations': {
    request: () => ({ url: '/api/directory/organisations?country=FR' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'PUT /api/organisation/directory-profile': {
    request: async (_context, world) => ({
      url: '/api/organisation/directory-profile',
      body: {
        listed: true,
        summary: 'Ville ligérienne',
        themesOffered: ['heritage'],
        themesSought: [],
        version: await versionOf(world, world.a.id),
      },
    }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'GET /api/directory/partner-requests': {
    request: () => ({ url: '/api/directory/partner-requests' }),
    expect: () => 200,
    unauthenticated: 401,
  },
  'POST /api/organisation/partner-requests': {
    request: () => ({
      url: '/api/organisation/partner-requests',
      body: {
        title: 'Partenaire recherché',
        description: 'Eau et assainissement',
        themes: ['water_sanitation'],
      },
    }),
    expect: (role) => can(RUNNERS, role, 201),
    unauthenticated: 401,
  },
  'POST /api/organisation/partner-requests/{requestId}/close': {
    request: async (context, world) => {
      const rows: Array<{ id: string }> = await world.factory.dataSource.query(
        `INSERT INTO partner_request (organisation_id, title, description, themes, version) VALUES ($1, 'Demande', 'Texte', '{}', 1) RETURNING id`,
        [otherAuthorityOf(context, world).id],
      );
      return { url: `/api/organisation/partner-requests/${rows[0]!.id}/close`, body: { version: 1 } };
    },
    expect: (role, context) => (!RUNNERS.includes(role) ? 403 : context === 'own' ? 200 : 404),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/suggested-partners': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/suggested-partners`,
    }),
    expect: initiatorOnly(READERS, 200),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/presentation': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/presentation` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/presentation': {
    request: async (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/presentation`,
      // A's own presentation's version, 0 before its first text.
      body: {
        language: 'fr',
        sections: { stakes: 'Jeunesse' },
        version: await viewVersionOf(world, context, '/presentation'),
      },
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 200, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/presentation/pdf': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/presentation/pdf?language=fr`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/presentation/share-links': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/presentation/share-links`,
      body: { language: 'fr', expiresInDays: 30 },
    }),
    expect: partnershipScoped(COMMITMENT_WRITERS, 201, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/presentation/share-links': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/presentation/share-links`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'DELETE /api/partnerships/{partnershipId}/presentation/share-links/{linkId}': {
    request: async (context, world) => {
      const { id } = await shareLinkOf(world, context);
      return { url: `/api/partnerships/${world.partnershipOf[context]}/presentation/share-links/${id}` };
    },
    expect: partnershipScoped(COMMITMENT_WRITERS, 204, COMMITMENT_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/shared-presentations/{token}': {
    request: async (context, world) => ({
      url: `/api/shared-presentations/${(await shareLinkOf(world, context)).token}`,
    }),
    // The link is the capability: anyone holding it reads that presentation, signed in or not.
    expect: () => 200,
    unauthenticated: 200,
  },
  'GET /api/shared-presentations/{token}/pdf': {
    request: async (context, world) => ({
      url: `/api/shared-presentations/${(await shareLinkOf(world, context)).token}/pdf`,
    }),
    expect: () => 200,
    unauthenticated: 200,
  },
  // Uploading needs partnership.internal.write, like internal notes.
  'POST /api/partnerships/{partnershipId}/files': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/files`,
      multipart: [PNG_FILE],
    }),
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/files/{fileId}': {
    request: async (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/files/${await storedFileOf(world, context)}`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/organisation/territory-actors': {
    request: () => ({ url: '/api/organisation/territory-actors?q=lyc' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'POST /api/organisation/territory-actors': {
    request: () => ({
      url: '/api/organisation/territory-actors',
      body: { name: `Association ${unique()}`, kind: 'association' },
    }),
    expect: (role) => can(COMMITMENT_WRITERS, role, 201),
    unauthenticated: 401,
  },
  'PATCH /api/organisation/territory-actors/{actorId}': {
    request: async (context, world) => {
      const rows: Array<{ id: string }> = await world.factory.dataSource.query(
        `INSERT INTO territory_actor (organisation_id, name, kind, version) VALUES ($1, $2, 'school', 1) RETURNING id`,
        [otherAuthorityOf(context, world).id, `Lycée ${unique()}`],
      );
      return {
        url: `/api/organisation/territory-actors/${rows[0]!.id}`,
        body: { notes: 'Partenaire fidèle', version: 1 },
      };
    },
    expect: (role, context) => (!COMMITMENT_WRITERS.includes(role) ? 403 : context === 'own' ? 200 : 404),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/visits': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/visits` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/visits': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/visits`,
      body: newVisitOf(world, context),
    }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/visits/{visitId}': {
    request: async (context, world) => {
      const { id, version } = await visitOf(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/visits/${id}`,
        body: { ...visitPlanOf(world, context), version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/visits/{visitId}/orange-zone-approval': {
    request: async (context, world) => {
      const { id, version } = await visitOf(world, context, { orangeZone: true });
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/visits/${id}/orange-zone-approval`,
        body: { reason: 'Réunion indispensable du comité de pilotage', decisionRef: 'DEL-2026-12', version },
      };
    },
    // A's delegation travels in both of A's contexts, so A's elected officials are the ones to approve.
    expect: reviewedByElected(200),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/visits/{visitId}/report': {
    request: async (context, world) => {
      const { id, version } = await visitOf(world, context, { past: true });
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/visits/${id}/report`,
        body: { summary: 'Rencontres utiles', outcomes: [], peopleMet: [], followUps: [], version },
      };
    },
    expect: partnershipScoped(NOTE_WRITERS, 200, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/visits/{visitId}/follow-ups/{followUpId}/done': {
    request: async (context, world) => {
      const { id, version, followUpId } = await visitOf(world, context, { reported: true });
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/visits/${id}/follow-ups/${followUpId}/done`,
        body: { doneOn: dayFromToday(-1), version },
      };
    },
    expect: partnershipScoped(NOTE_WRITERS, 200, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/visits/{visitId}/cancellation': {
    request: async (context, world) => {
      const { id, version } = await visitOf(world, context);
      return {
        url: `/api/partnerships/${world.partnershipOf[context]}/visits/${id}/cancellation`,
        body: { reason: 'Calendrier électoral', version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  // Calls for projects are each authority's own; an application is changed by the authority that applied,
  // in a partnership it initiated or joined alike.
  'GET /api/funding-calls': {
    request: () => ({ url: '/api/funding-calls' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'POST /api/funding-calls': {
    request: () => ({
      url: '/api/funding-calls',
      body: {
        funder: 'ministry_call',
        funderName: 'Ministère',
        name: `Appel ${unique()}`,
        opensOn: '2026-01-01',
        closesOn: '2026-03-31',
        rules: [{ kind: 'min_own_funds_share', share: 0.2, source: 'Art. 4' }],
      },
    }),
    expect: (role) => can(RUNNERS, role, 201),
    unauthenticated: 401,
  },
  'PUT /api/funding-calls/{callId}': {
    request: async (context, world) => ({
      url: `/api/funding-calls/${await fundingCallOf(world, otherAuthorityOf(context, world))}`,
      body: {
        version: 1,
        funder: 'ministry_call',
        funderName: 'Ministère',
        name: 'Appel révisé',
        opensOn: '2026-01-01',
        closesOn: '2026-04-30',
        rules: [],
      },
    }),
    expect: (role, context) => (!RUNNERS.includes(role) ? 403 : context === 'own' ? 200 : 404),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/actions/{actionId}/funding': {
    request: async (context, world) => ({
      url: actionsUrl(world, context, `/${(await actionOf(world, context)).id}/funding`),
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/funding-applications/{applicationId}/report': {
    // Any party reads the report on A's grant, as it reads the action's funding.
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'granted')).id,
        '/report?kind=interim&format=xlsx',
      ),
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/funding-applications': {
    request: async (context, world) => ({
      url: actionsUrl(world, context, `/${(await actionOf(world, context)).id}/funding-applications`),
      body: { callId: await fundingCallOf(world, world.a), requestedAmount: 1000, staffTimeAmount: 0 },
    }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/funding-applications/{applicationId}': {
    request: async (context, world) => ({
      url: applicationUrl(world, context, (await fundingApplicationOf(world, context, 'draft')).id),
      body: { version: 1, requestedAmount: 900, staffTimeAmount: 0 },
    }),
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/funding-applications/{applicationId}/submission': {
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'draft')).id,
        '/submission',
      ),
      body: { version: 1, on: '2026-02-01' },
    }),
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/funding-applications/{applicationId}/decision': {
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'submitted')).id,
        '/decision',
      ),
      body: { version: 1, outcome: 'refused', on: '2026-03-01', conditions: '' },
    }),
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/funding-applications/{applicationId}/withdrawal': {
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'draft')).id,
        '/withdrawal',
      ),
      body: { version: 1, on: '2026-02-01' },
    }),
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/funding-applications/{applicationId}/tranches': {
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'granted')).id,
        '/tranches',
      ),
      body: { label: 'Solde', expectedOn: '2026-12-01', expectedAmount: 400 },
    }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/funding-applications/{applicationId}/tranches/{trancheId}/receipt': {
    request: async (context, world) => {
      const { id, trancheId } = await fundingApplicationOf(world, context, 'granted');
      return {
        url: applicationUrl(world, context, id, `/tranches/${trancheId}/receipt`),
        body: { version: 1, on: '2026-04-02', amount: 400 },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/funding-applications/{applicationId}/reports': {
    request: async (context, world) => ({
      url: applicationUrl(
        world,
        context,
        (await fundingApplicationOf(world, context, 'granted')).id,
        '/reports',
      ),
      body: { kind: 'final', dueOn: '2027-01-31' },
    }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/funding-applications/{applicationId}/reports/{reportId}/submission':
    {
      request: async (context, world) => {
        const { id, reportId } = await fundingApplicationOf(world, context, 'granted');
        return {
          url: applicationUrl(world, context, id, `/reports/${reportId}/submission`),
          body: { version: 1, on: '2026-06-20' },
        };
      },
      expect: partnershipScoped(RUNNERS, 200, RUNNERS),
      unauthenticated: 401,
    },
  // The portfolio is the organisation's own table of the partnerships it is party to: no partnership context.
  // The declaration is the reader's own authority's: every reader gets it, and nobody another's.
  'GET /api/oda/code-lists': {
    request: () => ({ url: '/api/oda/code-lists' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/oda/declarations/{year}': {
    request: () => ({ url: '/api/oda/declarations/2026' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/oda/declarations/{year}/export': {
    request: () => ({ url: '/api/oda/declarations/2026/export?format=csv' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/atlas-sheet': {
    request: () => ({ url: '/api/atlas-sheet' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/atlas-sheet/export': {
    request: () => ({ url: '/api/atlas-sheet/export?format=xlsx&language=en' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/iati/activity-file': {
    request: () => ({ url: '/api/iati/activity-file' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  // The authorities of the matrix have no IATI identifier: a reader is told so (409), the others refused.
  'GET /api/iati/activity-file/xml': {
    request: () => ({ url: '/api/iati/activity-file/xml' }),
    expect: (role) => can(READERS, role, 409),
    unauthenticated: 401,
  },
  'GET /api/handover-dossier': {
    request: () => ({ url: '/api/handover-dossier' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/handover-dossier/pdf': {
    request: () => ({ url: '/api/handover-dossier/pdf?language=fr' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/portfolio': {
    request: () => ({ url: '/api/portfolio' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/portfolio/csv': {
    request: () => ({ url: '/api/portfolio/csv?sort=title' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/portfolio/xlsx': {
    request: () => ({ url: '/api/portfolio/xlsx?sort=title&language=en' }),
    expect: (role) => can(READERS, role, 200),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/dialogue': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/dialogue` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/dialogue/events': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/dialogue/events?audience=technicians`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/dialogue/plan': {
    request: async (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/dialogue/plan`,
      body: {
        ...dialoguePlanOf(world, context),
        version: await planVersionOf(world, world.partnershipOf[context]),
      },
    }),
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/dialogue/plan/approval': {
    request: async (context, world) => {
      const partnershipId = world.partnershipOf[context];
      // B (re)proposes the plan, so that only B has approved it and A's approval is due.
      if (context !== 'non') {
        await move(
          world,
          world.asB('officer'),
          'PUT',
          partnershipId,
          '/dialogue/plan',
          dialoguePlanOf(world, context),
        );
      }
      return {
        url: `/api/partnerships/${partnershipId}/dialogue/plan/approval`,
        body: { version: await planVersionOf(world, partnershipId) },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  // Logging an exchange is internal work, like internal notes: elected officials may log one too.
  'POST /api/partnerships/{partnershipId}/dialogue/events': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/dialogue/events`,
      body: {
        audience: 'technicians',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        channel: 'email',
        participants: [],
        summary: 'Point mensuel des services techniques',
        decisions: ['Relancer le devis'],
      },
    }),
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/rupture-signals': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/rupture-signals`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  // A warning sign on A's own side: the initiator's staff or a partner's; elected officials know first.
  'POST /api/partnerships/{partnershipId}/rupture-signals': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/rupture-signals`,
      body: {
        kind: 'election',
        concernsPartyId: world.a.id,
        occursOn: dayFromToday(90),
        note: 'Élections municipales : le maire ne se représente pas',
      },
    }),
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/political-dialogue': {
    request: (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/political-dialogue`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/political-dialogue/compatibility-reviews': {
    request: async (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/political-dialogue/compatibility-reviews`,
      body: { decision: 'approved', version: await viewVersionOf(world, context, '/political-dialogue') },
    }),
    // The reviewer is the actor, for the actor's party: an elected official, like motivation reviews.
    expect: reviewedByElected(201),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/political-dialogue/priorities': {
    request: async (context, world) => ({
      url: `/api/partnerships/${world.partnershipOf[context]}/political-dialogue/priorities`,
      body: {
        title: `Priorité ${unique()}`,
        stakeIds: [],
        version: await viewVersionOf(world, context, '/political-dialogue'),
      },
    }),
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/political-dialogue/priorities/{priorityId}/agreement': {
    request: async (context, world) => {
      const partnershipId = world.partnershipOf[context];
      let priorityId = UNKNOWN_PRIORITY;
      if (context !== 'non') {
        // B proposes it (and so agrees to it): A's agreement is the one due.
        const title = `Priorité de B ${unique()}`;
        const proposed = await move(
          world,
          world.asB('officer'),
          'POST',
          partnershipId,
          '/political-dialogue/priorities',
          { title, stakeIds: [] },
        );
        priorityId = (proposed.priorities as Array<{ id: string; title: string }>).find(
          (priority) => priority.title === title,
        )!.id;
      }
      return {
        url: `/api/partnerships/${partnershipId}/political-dialogue/priorities/${priorityId}/agreement`,
        body: { version: await viewVersionOf(world, context, '/political-dialogue') },
      };
    },
    expect: reviewedByElected(200),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/convention': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/convention` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/convention/diff': {
    request: async (context, world) => ({
      url: `/api/partnerships/${(await draftConventionOf(world, context)).id}/convention/diff?from=1&to=1`,
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  // Each convention route works on a partnership of its own (a partnership has one convention under way).
  'POST /api/partnerships/{partnershipId}/convention': {
    request: async (context, world) => {
      const id = await freshPartnershipOf(world, context);
      // Before its draft, the convention's version is 0.
      return {
        url: `/api/partnerships/${id}/convention`,
        body: { ...conventionText(), version: await viewVersionOf(world, context, '/convention', id) },
      };
    },
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/convention': {
    request: async (context, world) => {
      const { id, version } = await draftConventionOf(world, context);
      return { url: `/api/partnerships/${id}/convention`, body: { ...conventionText(), version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/negotiation': {
    request: async (context, world) => {
      const { id, version } = await draftConventionOf(world, context);
      return { url: `/api/partnerships/${id}/convention/negotiation`, body: { version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/approvals': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'negotiating');
      return {
        url: `/api/partnerships/${id}/convention/approvals`,
        body: { ...approvalOn(dayFromToday(0)), version },
      };
    },
    expect: partnershipScoped(CONVENTION_APPROVERS, 201, CONVENTION_APPROVERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/signature': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'approved');
      return {
        url: `/api/partnerships/${id}/convention/signature`,
        body: { ...signatureOf(world, context, dayFromToday(0)), version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/entry-into-force': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'signed');
      return {
        url: `/api/partnerships/${id}/convention/entry-into-force`,
        body: { effectiveOn: dayFromToday(0), version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/renewal-objection': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'inForce');
      return {
        url: `/api/partnerships/${id}/convention/renewal-objection`,
        body: { objectedOn: dayFromToday(0), version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/renewal': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'inForce');
      return {
        url: `/api/partnerships/${id}/convention/renewal`,
        body: {
          kind: 'explicit',
          decisionRef: 'DEL-RENOUVELLEMENT',
          newExpiresOn: dayFromToday(1500),
          version,
        },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/expiry': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'pastDue');
      return { url: `/api/partnerships/${id}/convention/expiry`, body: { version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/suspension': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'inForce');
      return {
        url: `/api/partnerships/${id}/convention/suspension`,
        body: { reason: 'Élections municipales', version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/resumption': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'suspended');
      return { url: `/api/partnerships/${id}/convention/resumption`, body: { version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/convention/termination': {
    request: async (context, world) => {
      const { id, version } = await partnershipAt(world, context, 'inForce');
      return {
        url: `/api/partnerships/${id}/convention/termination`,
        body: terminationBody(CONVENTION_TERMS.terminationNoticeDays, version),
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/status': {
    request: (context, world) => ({ url: `/api/partnerships/${world.partnershipOf[context]}/status` }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  // Suspending, resuming and ending a partnership change its status: each call gets a partnership of its own.
  'POST /api/partnerships/{partnershipId}/suspension': {
    request: async (context, world) => {
      const id = await freshPartnershipOf(world, context);
      return {
        url: `/api/partnerships/${id}/suspension`,
        body: {
          reason: 'Élections municipales',
          version: await viewVersionOf(world, context, '/status', id),
        },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/resumption': {
    request: async (context, world) => {
      const id = await freshPartnershipOf(world, context);
      if (context !== 'non') {
        await move(world, world.asA('officer'), 'POST', id, '/suspension', {
          reason: 'Élections municipales',
        });
      }
      return {
        url: `/api/partnerships/${id}/resumption`,
        body: { version: await viewVersionOf(world, context, '/status', id) },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/termination': {
    request: async (context, world) => {
      const id = await freshPartnershipOf(world, context);
      // Without a binding convention, abandoning is a simple act, effective today.
      return {
        url: `/api/partnerships/${id}/termination`,
        body: terminationBody(0, await viewVersionOf(world, context, '/status', id)),
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/rupture': {
    request: async (context, world) => {
      const id = await freshPartnershipOf(world, context);
      return {
        url: `/api/partnerships/${id}/rupture`,
        body: { reason: 'Recentrage', version: await viewVersionOf(world, context, '/status', id) },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/rupture/responses': {
    request: async (context, world) => {
      const id = await ruptureOf(world, context, 'B');
      return {
        url: `/api/partnerships/${id}/rupture/responses`,
        body: {
          text: 'Nous demandons un délai',
          version: await viewVersionOf(world, context, '/status', id),
        },
      };
    },
    // Every party's officers and elected officials may answer for their side.
    expect: partnershipScoped(RUPTURE_RESPONDERS, 200, RUPTURE_RESPONDERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/rupture/withdrawal': {
    request: async (context, world) => {
      const id = await ruptureOf(world, context, 'A');
      return {
        url: `/api/partnerships/${id}/rupture/withdrawal`,
        body: { reason: 'Accord trouvé', version: await viewVersionOf(world, context, '/status', id) },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/rupture/decision': {
    request: async (context, world) => {
      const id = await ruptureOf(world, context, 'A', { answered: true });
      return {
        url: `/api/partnerships/${id}/rupture/decision`,
        body: {
          deliberation: { body: 'Conseil municipal', reference: 'DEL-1', adoptedOn: dayFromToday(0) },
          noticeGivenOn: dayFromToday(0),
          effectiveOn: dayFromToday(30),
          actionDecisions: [],
          version: await viewVersionOf(world, context, '/status', id),
        },
      };
    },
    // An elected official, or the officer stating the deliberation (docs/domain.md).
    expect: partnershipScoped(RUPTURE_DECIDERS, 200, RUPTURE_DECIDERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/actions': {
    request: (context, world) => ({ url: actionsUrl(world, context) }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/actions/{actionId}': {
    request: async (context, world) => ({
      url: actionsUrl(world, context, `/${(await actionOf(world, context)).id}`),
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  'GET /api/partnerships/{partnershipId}/actions/{actionId}/log': {
    request: async (context, world) => ({
      url: actionsUrl(world, context, `/${(await actionOf(world, context)).id}/log?limit=5`),
    }),
    expect: partnershipScoped(READERS, 200, READERS),
    unauthenticated: 401,
  },
  // A new action conflicts with nothing: it names no version.
  'POST /api/partnerships/{partnershipId}/actions': {
    request: (context, world) => ({ url: actionsUrl(world, context), body: newActionOf(world, context) }),
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/actions/{actionId}/priority': {
    request: async (context, world) => {
      const { id, version } = await actionOf(world, context);
      return { url: actionsUrl(world, context, `/${id}/priority`), body: { priority: 'high', version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/status': {
    request: async (context, world) => {
      const { id, version } = await actionOf(world, context);
      return { url: actionsUrl(world, context, `/${id}/status`), body: { to: 'in_progress', version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/proposer-confirmation': {
    request: async (context, world) => {
      const { id, version } = await actionOf(world, context, { enteredByB: true });
      return { url: actionsUrl(world, context, `/${id}/proposer-confirmation`), body: { version } };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  // A entered the action as its own proposal; either side may correct that to B.
  'PUT /api/partnerships/{partnershipId}/actions/{actionId}/proposer': {
    request: async (context, world) => {
      const { id, version } = await actionOf(world, context);
      return {
        url: actionsUrl(world, context, `/${id}/proposer`),
        body: { proposedBy: world.b.id, version },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/budget-lines': {
    request: async (context, world) => {
      const { id } = await actionOf(world, context);
      return {
        url: actionsUrl(world, context, `/${id}/budget-lines`),
        body: {
          funder: 'own_budget',
          funderName: 'Budget communal',
          amount: 10_000,
          currency: 'EUR',
          status: 'planned',
        },
      };
    },
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/actions/{actionId}/description': {
    request: async (context, world) => {
      const { id, version } = await actionOf(world, context);
      return {
        url: actionsUrl(world, context, `/${id}/description`),
        body: { version, description: 'Forages', objectives: 'Eau potable', sectors: [], markers: {} },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'PUT /api/partnerships/{partnershipId}/actions/{actionId}/budget-lines/{lineId}': {
    request: async (context, world) => {
      const { id } = await actionOf(world, context);
      let line = { id: UNKNOWN_ACTION, version: MADE_UP_VERSION };
      if (context !== 'non') {
        // A new line conflicts with nothing: it names no version.
        const detail = await move(
          world,
          world.asA('officer'),
          'POST',
          world.partnershipOf[context],
          `/actions/${id}/budget-lines`,
          {
            funder: 'own_budget',
            funderName: 'Budget communal',
            amount: 100,
            currency: 'EUR',
            status: 'planned',
          },
          { versioned: false },
        );
        line = (detail.action.budget as Array<{ id: string; version: number }>).at(-1)!;
      }
      return {
        url: actionsUrl(world, context, `/${id}/budget-lines/${line.id}`),
        body: { version: line.version, paidAmount: 100, paidOn: '2026-03-01', eurRate: 1, channel: 'direct' },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/indicators': {
    request: async (context, world) => {
      const { id } = await actionOf(world, context);
      return { url: actionsUrl(world, context, `/${id}/indicators`), body: INDICATOR };
    },
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/validation': {
    request: async (context, world) => {
      const { id, indicatorId, indicatorVersion } = await actionOf(world, context, {
        indicator: 'proposedByB',
      });
      return {
        url: actionsUrl(world, context, `/${id}/indicators/${indicatorId}/validation`),
        body: { version: indicatorVersion },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  // Planning how an indicator is reported is setting it in common, like validating it.
  'PUT /api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/plan': {
    request: async (context, world) => {
      const { id, indicatorId, indicatorVersion } = await actionOf(world, context, {
        indicator: 'proposedByB',
      });
      return {
        url: actionsUrl(world, context, `/${id}/indicators/${indicatorId}/plan`),
        body: {
          version: indicatorVersion,
          kind: 'count',
          frequency: 'yearly',
          periods: [{ startsOn: dayFromToday(0), endsOn: dayFromToday(30), target: 10 }],
          disaggregations: [{ dimension: 'sex', categories: ['female', 'male'] }],
        },
      };
    },
    expect: partnershipScoped(RUNNERS, 200, RUNNERS),
    unauthenticated: 401,
  },
  // Measuring and logging are internal work: elected officials may record them too.
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/measurements': {
    request: async (context, world) => {
      const { id, indicatorId } = await actionOf(world, context, { indicator: 'measurable' });
      return {
        url: actionsUrl(world, context, `/${id}/indicators/${indicatorId}/measurements`),
        body: { on: dayFromToday(0), value: 12, unit: INDICATOR.unit },
      };
    },
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/evaluations': {
    request: async (context, world) => {
      const { id } = await actionOf(world, context);
      return {
        url: actionsUrl(world, context, `/${id}/evaluations`),
        body: {
          on: dayFromToday(0),
          parties: partiesOf(world, context).map((party) => party.id),
          summary: 'Bilan partagé à mi-parcours',
        },
      };
    },
    expect: partnershipScoped(RUNNERS, 201, RUNNERS),
    unauthenticated: 401,
  },
  'POST /api/partnerships/{partnershipId}/actions/{actionId}/log': {
    request: async (context, world) => {
      const { id } = await actionOf(world, context);
      return {
        url: actionsUrl(world, context, `/${id}/log`),
        body: { kind: 'meeting', text: 'Réunion de chantier', attachmentIds: [] },
      };
    },
    expect: partnershipScoped(NOTE_WRITERS, 201, NOTE_WRITERS),
    unauthenticated: 401,
  },
  'GET /api/motivation-reviews': {
    request: () => ({ url: '/api/motivation-reviews' }),
    expect: (role) => can(['elected'], role, 200),
    unauthenticated: 401,
  },
  'GET /api/partnership-invitations': {
    request: () => ({ url: '/api/partnership-invitations' }),
    expect: (role) => can(['admin'], role, 200),
    unauthenticated: 401,
  },
  'POST /api/partnership-invitations/{invitationId}/accept': {
    request: async (context, world) => {
      // An invitation addressed to the context's authority, from a partnership it is not yet party to.
      const invited = otherAuthorityOf(context, world);
      const inviter = await world.factory.organisation();
      const inviterOfficer = await world.factory.user(inviter.id, 'officer');
      const partnership = await world.factory.partnership(inviter.id, inviterOfficer.id);
      const { invitation } = await world.factory.invitation({
        kind: 'partner_authority',
        invitingOrganisationId: inviter.id,
        invitedByUserId: inviterOfficer.id,
        targetOrganisationId: invited.id,
        partnershipId: partnership.id,
      });
      return { url: `/api/partnership-invitations/${invitation.id}/accept` };
    },
    expect: adminOwnRecord(204),
    unauthenticated: 401,
  },
  'GET /api/invitations/{token}': {
    request: async (context, world) => {
      const authority = otherAuthorityOf(context, world);
      const { token } = await world.factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: authority.id,
        invitedByUserId: authority.admin,
      });
      return { url: `/api/invitations/${token}` };
    },
    // The link is the capability: whoever holds it may read it, signed in or not, whatever their role.
    expect: () => 200,
    unauthenticated: 200,
  },
  'POST /api/invitations/{token}/accept': {
    request: async (context, world) => {
      const authority = otherAuthorityOf(context, world);
      const { token } = await world.factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: authority.id,
        invitedByUserId: authority.admin,
      });
      return {
        url: `/api/invitations/${token}/accept`,
        body: { displayName: 'Nouvelle personne', password: 'a long enough passphrase' },
      };
    },
    expect: () => 200,
    unauthenticated: 200,
  },
};

function send(client: TestHttpClient, method: Method, { url, body, multipart }: RequestSpec) {
  return multipart ? client.postMultipart(url, multipart) : client.request(method, url, body);
}

async function versionOf(world: World, organisationId: string): Promise<number> {
  const rows: Array<{ version: number }> = await world.factory.dataSource.query(
    'SELECT version FROM organisation WHERE id = $1',
    [organisationId],
  );
  return rows[0]!.version;
}

describe('authorisation matrix', () => {
  let database: TestDatabase;
  let storage: TestFileStorage;
  let app: NestFastifyApplication;
  let world: World;
  let sessionOf: Record<UserRole, string>;
  let routeKeys: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = await createTestFileStorage();
    app = await startTestApp(buildTestConfig(database.url, { FILE_STORAGE_DIR: storage.dir }));
    const factory = new Factory(app.get(DataSource));
    const authority = async (name: string): Promise<Authority> => {
      const organisation = await factory.organisation(name);
      const staff = await factory.staff(organisation.id);
      return { id: organisation.id, admin: staff.admin.id, officer: staff.officer.id, staff };
    };
    const a = await authority('A');
    const b = await authority('B');
    const c = await authority('C');
    const setupClients = new Map<string, TestHttpClient>();
    for (const [name, party] of [
      ['a', a],
      ['b', b],
    ] as const) {
      for (const role of USER_ROLES) {
        const session = await factory.session(party.staff[role].id);
        setupClients.set(`${name}/${role}`, TestHttpClient.withSession(app, session));
      }
    }
    world = {
      factory,
      asA: (role) => setupClients.get(`a/${role}`)!,
      asB: (role) => setupClients.get(`b/${role}`)!,
      prepared: new Map(),
      a,
      b,
      c,
      partnershipOf: {
        own: (await factory.partnership(a.id, a.officer, [b.id])).id,
        other: (await factory.partnership(b.id, b.officer, [a.id])).id,
        non: (await factory.partnership(b.id, b.officer, [c.id])).id,
      },
    };
    sessionOf = Object.fromEntries(
      await Promise.all(
        USER_ROLES.map(async (role) => [role, await factory.session(a.staff[role].id)] as const),
      ),
    ) as Record<UserRole, string>;
    const document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json() as {
      paths: Record<string, object>;
    };
    routeKeys = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await storage.remove();
  });

  it('has an expected outcome for every route of the API, and no entry for a route that does not exist', () => {
    expect([...routeKeys].sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it.each(Object.keys(ROUTES))('%s answers each role and context as expected', async (routeKey) => {
    const [method, path] = routeKey.split(' ') as [Method, string];
    const route = ROUTES[routeKey]!;
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const role of USER_ROLES) {
      for (const context of CONTEXTS) {
        // Signing out ends a session: that route gets a fresh one each time so the next cases keep theirs.
        const session =
          routeKey === 'POST /api/auth/logout'
            ? await world.factory.session(world.a.staff[role].id)
            : sessionOf[role];
        const client = TestHttpClient.withSession(app, session);
        const response = await send(client, method, await route.request(context, world));
        outcomes.push(`${role}/${context} ${response.statusCode}`);
        expected.push(`${role}/${context} ${route.expect(role, context)}`);
      }
    }
    const anonymous = TestHttpClient.withSession(app, undefined);
    const anonymousResponse = await send(anonymous, method, await route.request('own', world));
    outcomes.push(`anonymous ${anonymousResponse.statusCode}`);
    expected.push(`anonymous ${route.unauthenticated}`);
    expect(outcomes).toEqual(expected);
    expect(path).toMatch(/^\/api\//);
  });
});
