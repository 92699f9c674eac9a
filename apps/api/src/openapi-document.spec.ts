import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeOpenApiDocument } from './write-openapi-document';

describe('the committed OpenAPI document', () => {
  it('matches the API, so that the web client types generated from it are current', async () => {
    const committed = readFileSync(join(__dirname, '..', 'openapi.json'), 'utf8');
    // If this fails: `pnpm --filter @passerelle/api openapi && pnpm --filter @passerelle/web api-types`.
    expect(await writeOpenApiDocument()).toBe(committed);
  });
});
