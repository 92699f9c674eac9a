import { createApiClient } from './client';

function recorder(sessionToken: string, loginToken = sessionToken) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    const path = new URL(request.url).pathname;
    if (path === '/api/auth/session' || path === '/api/auth/login')
      return new Response(
        JSON.stringify({
          user: null,
          organisation: null,
          csrfToken: path === '/api/auth/login' ? loginToken : sessionToken,
        }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      );
    return new Response(null, { status: 204 });
  };
  return { requests, fetch };
}

describe('the API client', () => {
  it('asks for a CSRF token before the first change when no session was read yet', async () => {
    const network = recorder('token-1');
    const client = createApiClient({ baseUrl: 'http://passerelle.test', fetch: network.fetch });
    await client.POST('/api/auth/logout');
    expect(network.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'GET /api/auth/session',
      'POST /api/auth/logout',
    ]);
    expect(network.requests[1]?.headers.get('x-csrf-token')).toBe('token-1');
  });

  it('sends the token of the latest session answer, and none with reads', async () => {
    const network = recorder('token-before-sign-in', 'token-after-sign-in');
    const client = createApiClient({ baseUrl: 'http://passerelle.test', fetch: network.fetch });
    await client.POST('/api/auth/login', { body: { email: 'a@b.test', password: 'x' } });
    await client.GET('/api/partnerships');
    await client.POST('/api/partnerships', {
      body: { title: 'T', form: 'twinning', approach: 'development' },
    });
    const [login, read, create] = network.requests.filter((request) => !request.url.endsWith('/session'));
    expect(login?.headers.get('x-csrf-token')).toBe('token-before-sign-in');
    expect(read?.headers.get('x-csrf-token')).toBeNull();
    expect(create?.headers.get('x-csrf-token')).toBe('token-after-sign-in');
  });
});
