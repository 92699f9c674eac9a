import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** Typed client of the Passerelle API; its types come from the API's OpenAPI document, never by hand. */
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Response and request bodies by schema name (`Schemas['HealthResponseDto']`). */
export type Schemas = components['schemas'];

export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}): ApiClient {
  return createClient<paths>({
    baseUrl: options.baseUrl ?? window.location.origin,
    credentials: 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
