import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/**
 * Hostile input thrown at every route of the API's own OpenAPI document, as a signed-in admin and a
 * signed-in officer of a party to the partnership the routes name: text PostgreSQL cannot store, bodies
 * nested thousands deep, bodies missing a required object, impossible query values, over-long and
 * malformed path segments. Whatever the route, the answer is never a 5xx, and every refusal is
 * problem+json with a stable code. A route added later is covered without a line here.
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  minimum?: number;
  minLength?: number;
  maxLength?: number;
}

interface Operation {
  method: Method;
  path: string;
  parameters: Array<{ name: string; in: string }>;
  jsonBody?: Schema;
  multipart: boolean;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      Omit<Operation, 'method' | 'path' | 'jsonBody' | 'multipart'> & {
        parameters?: Array<{ name: string; in: string }>;
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/** Routes whose success would end the test's own session. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';

describe('hostile input on every route', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let document: OpenApiDocument;
  let operations: Operation[];
  let partnershipId: string;
  const clients: Record<'admin' | 'officer', TestHttpClient> = {} as never;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    const factory = new Factory(app.get(DataSource));
    const ours = await factory.organisation();
    const partner = await factory.organisation('Commune partenaire', 'SN');
    const admin = await factory.user(ours.id, 'admin');
    const officer = await factory.user(ours.id, 'officer');
    clients.admin = TestHttpClient.withSession(app, await factory.session(admin.id));
    clients.officer = TestHttpClient.withSession(app, await factory.session(officer.id));
    partnershipId = (await factory.partnership(ours.id, officer.id, [partner.id])).id;
    document = (await app.inject({ method: 'GET', url: '/api/docs-json' })).json();
    operations = operationsOf(document).filter(
      (operation) => !SESSION_ENDING.has(`${operation.method} ${operation.path}`),
    );
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  /** The route's path with its parameters filled: the test's partnership, fresh ids elsewhere. */
  const urlOf = (operation: Operation, overrides: Record<string, string> = {}) =>
    operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
      name in overrides
        ? overrides[name]!
        : name === 'partnershipId'
          ? partnershipId
          : name === 'token'
            ? 'b'.repeat(43)
            : randomUUID(),
    );

  const send = (
    role: 'admin' | 'officer',
    operation: Operation,
    url: string,
    payload?: string,
  ): Promise<LightMyRequestResponse> => {
    const client = clients[role];
    return app.inject({
      method: operation.method,
      url,
      headers: {
        cookie: [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        'x-csrf-token': client.csrfToken!,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { payload }),
    });
  };

  const jsonOperations = () => operations.filter((operation) => operation.jsonBody);

  it('reads the routes from the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(jsonOperations().length).toBeGreaterThan(60);
  });

  it.each([
    ['a NUL character', NUL],
    ['an unpaired surrogate', LONE_SURROGATE],
  ])('refuses %s in any string of a body with 422 naming each field', async (_name, bad) => {
    for (const operation of jsonOperations()) {
      const sample = sampleOf(operation.jsonBody!, document) as Record<string, unknown>;
      const { value, paths } = withEveryString(sample, bad);
      const body = paths.length > 0 ? value : { ...(value as object), note: bad };
      const expected = paths.length > 0 ? paths : ['note'];
      const response = await send('officer', operation, urlOf(operation), JSON.stringify(body));
      const where = `${operation.method} ${operation.path}`;
      expectProblem(response, where);
      expect({ where, status: response.statusCode }).toEqual({ where, status: 422 });
      const named = (response.json().errors as Array<{ field: string; rule: string }>)
        .filter((error) => error.rule === 'wellFormedText')
        .map((error) => error.field);
      expect({ where, named: named.sort() }).toEqual({ where, named: [...expected].sort() });
    }
  });

  it('refuses a NUL character in any query or path parameter with 422 naming it', async () => {
    for (const operation of operations) {
      for (const parameter of operation.parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
        const url =
          parameter.in === 'path'
            ? urlOf(operation, { [parameter.name]: '%00' })
            : `${urlOf(operation)}?${parameter.name}=%00`;
        const response = await send('admin', operation, url, operation.jsonBody ? '{}' : undefined);
        const where = `${operation.method} ${url}`;
        expectProblem(response, where);
        expect({ where, status: response.statusCode }).toEqual({ where, status: 422 });
        expect(response.json().errors).toContainEqual(
          expect.objectContaining({ field: parameter.name, rule: 'wellFormedText' }),
        );
      }
    }
  });

  it('refuses a body of 5,000 nested arrays before reading it, on every route that takes JSON', async () => {
    for (const operation of jsonOperations()) {
      const response = await send('officer', operation, urlOf(operation), '['.repeat(5000));
      const where = `${operation.method} ${operation.path}`;
      expectProblem(response, where);
      expect({ where, code: response.json().code }).toEqual({ where, code: 'REQUEST.TOO_DEEPLY_NESTED' });
    }
  });

  it('answers an empty object body on every write route without a server error', async () => {
    for (const role of ['admin', 'officer'] as const) {
      for (const operation of operations.filter((candidate) => candidate.method !== 'GET')) {
        const response = await send(role, operation, urlOf(operation), '{}');
        expectNoServerError(response, `${role} ${operation.method} ${operation.path} {}`);
      }
    }
  });

  it('refuses a body without any one of its required objects or lists with 422 naming it', async () => {
    const unnamed: string[] = [];
    for (const role of ['admin', 'officer'] as const) {
      for (const operation of jsonOperations()) {
        const sample = sampleOf(operation.jsonBody!, document);
        for (const { path, required } of nestedObjectPaths(operation.jsonBody!, document)) {
          const response = await send(
            role,
            operation,
            urlOf(operation),
            JSON.stringify(without(sample, path)),
          );
          const where = `${role} ${operation.method} ${operation.path} without ${path}`;
          expectNoServerError(response, where);
          // A role the route refuses gets its 403 before the body is read; else the field is named.
          if (!required || response.statusCode === 403) continue;
          const errors = (response.json().errors ?? []) as Array<{ field: string }>;
          if (!errors.some((error) => error.field === path || error.field.startsWith(`${path}.`))) {
            unnamed.push(`${where}: ${response.statusCode} ${response.json().code}`);
          }
        }
      }
    }
    expect(unnamed).toEqual([]);
  });

  it('answers impossible query values without a server error', async () => {
    const hostile = [
      '2026-02-30T00:00:00Z',
      '2026-13-01',
      '-1',
      '1e999',
      'NaN',
      '%ED%A0%80',
      'x'.repeat(3000),
      '%27%3B--',
    ];
    for (const operation of operations.filter((candidate) => candidate.method === 'GET')) {
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        for (const value of [...hostile, `${hostile[0]}&${parameter.name}=twice`]) {
          const url = `${urlOf(operation)}?${parameter.name}=${value}`;
          const response = await send('admin', operation, url);
          expectNoServerError(response, `${operation.method} ${operation.path}?${parameter.name}=${value}`);
        }
      }
    }
  });

  it('refuses an impossible date in the audit trail query with 422 naming it', async () => {
    const response = await clients.admin.request('GET', '/api/audit-events?from=2026-02-30T00:00:00Z');
    expectProblem(response, 'audit-events');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ field: 'from' }));
  });

  it('answers over-long and malformed path segments with problem+json', async () => {
    for (const operation of operations.filter((candidate) => /\{\w+\}/.test(candidate.path))) {
      const name = /\{(\w+)\}/.exec(operation.path)![1]!;
      const long = await send('admin', operation, urlOf(operation, { [name]: 'x'.repeat(200) }));
      expectProblem(long, `${operation.method} ${operation.path} long ${name}`);
      expect(long.json().code).toBe('REQUEST.URL_TOO_LONG');
      const malformed = await send('admin', operation, urlOf(operation, { [name]: '%E0%A4%A' }));
      expectProblem(malformed, `${operation.method} ${operation.path} malformed ${name}`);
      expect(malformed.json().code).toBe('REQUEST.MALFORMED_URL');
    }
  });
});

function expectNoServerError(response: LightMyRequestResponse, where: string): void {
  expect({
    where,
    serverError: response.statusCode >= 500,
    body: response.statusCode >= 500 ? response.body : '',
  }).toEqual({ where, serverError: false, body: '' });
  if (response.statusCode >= 400) expectProblem(response, where);
}

function expectProblem(response: LightMyRequestResponse, where: string): void {
  expect({ where, contentType: response.headers['content-type'] }).toEqual({
    where,
    contentType: expect.stringContaining('application/problem+json'),
  });
  const problem = response.json();
  expect({ where, problem }).toEqual({
    where,
    problem: expect.objectContaining({
      type: expect.any(String),
      title: expect.any(String),
      status: response.statusCode,
      code: expect.stringMatching(/^[A-Z_]+\.[A-Z_]+$/),
    }),
  });
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => {
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase() as Method,
        path,
        parameters: operation.parameters ?? [],
        ...(content['application/json'] ? { jsonBody: content['application/json'].schema } : {}),
        multipart: 'multipart/form-data' in content,
      };
    }),
  );
}

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').at(-1)!]!, document);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!, document);
  return schema;
}

/** A plausible value of a schema: every property filled, one item per list. */
function sampleOf(schema: Schema, document: OpenApiDocument): unknown {
  const resolved = resolve(schema, document);
  if (resolved.enum) return resolved.enum[0];
  switch (resolved.type) {
    case 'array':
      return [sampleOf(resolved.items ?? {}, document)];
    case 'number':
    case 'integer':
      return resolved.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      return sampleString(resolved);
    default:
      if (!resolved.properties) return {};
      return Object.fromEntries(
        Object.entries(resolved.properties).map(([name, property]) => [name, sampleOf(property, document)]),
      );
  }
}

function sampleString(schema: Schema): string {
  if (schema.format === 'date') return '2026-01-15';
  if (schema.format === 'date-time') return '2026-01-15T10:00:00.000Z';
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'email') return 'someone@example.test';
  return 'Texte'.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? 100);
}

/** The value with each of its strings made `bad`, and the dotted paths of those strings. */
function withEveryString(value: unknown, bad: string, path = ''): { value: unknown; paths: string[] } {
  if (typeof value === 'string') return { value: `${value}${bad}`, paths: [path] };
  if (Array.isArray(value)) {
    const items = value.map((item, index) => withEveryString(item, bad, join(path, String(index))));
    return { value: items.map((item) => item.value), paths: items.flatMap((item) => item.paths) };
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) => [key, withEveryString(item, bad, join(path, key))] as const,
    );
    return {
      value: Object.fromEntries(entries.map(([key, item]) => [key, item.value])),
      paths: entries.flatMap(([, item]) => item.paths),
    };
  }
  return { value, paths: [] };
}

/** Paths (`audiences.0.cadence`) of every object or list a body holds, and whether the schema requires it. */
function nestedObjectPaths(
  schema: Schema,
  document: OpenApiDocument,
  path = '',
): Array<{ path: string; required: boolean }> {
  const resolved = resolve(schema, document);
  if (resolved.type === 'array' && resolved.items) {
    return nestedObjectPaths(resolved.items, document, join(path, '0'));
  }
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => {
    const child = resolve(property, document);
    const childPath = join(path, name);
    const nested = child.type === 'array' || child.type === 'object' || child.properties !== undefined;
    if (!nested) return [];
    return [
      { path: childPath, required: (resolved.required ?? []).includes(name) },
      ...nestedObjectPaths(child, document, childPath),
    ];
  });
}

/** A copy of the value without the property at a dotted path. */
function without(value: unknown, path: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let parent: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  delete parent[keys.at(-1)!];
  return copy;
}

function join(parent: string, child: string): string {
  return parent ? `${parent}.${child}` : child;
}
