import type { FastifyRequest } from 'fastify';
import { redactSecretsInUrl, serializeRequest } from './request-serializer';

const TOKEN = '3q2-7wEjX_9aZ0bY1cX2dW3eV4fU5gT6hS7iR8jQ9kP';

describe('request log serializer', () => {
  it('masks the secret of a calendar feed address, with or without a query', () => {
    expect(redactSecretsInUrl(`/api/calendar/${TOKEN}.ics`)).toBe('/api/calendar/[redacted].ics');
    expect(redactSecretsInUrl(`/api/calendar/${TOKEN}.ics?x=1`)).toBe('/api/calendar/[redacted].ics?x=1');
  });

  it('leaves other addresses as they are', () => {
    expect(redactSecretsInUrl('/api/me/calendar-feed')).toBe('/api/me/calendar-feed');
    expect(redactSecretsInUrl('/api/partnerships/1/visits')).toBe('/api/partnerships/1/visits');
  });

  it('logs the request fields Fastify logs, without the secret', () => {
    const request = {
      method: 'GET',
      url: `/api/calendar/${TOKEN}.ics`,
      host: 'passerelle.test',
      ip: '203.0.113.7',
      socket: { remotePort: 51000 },
    } as unknown as FastifyRequest;
    const logged = serializeRequest(request);
    expect(logged).toEqual({
      method: 'GET',
      url: '/api/calendar/[redacted].ics',
      host: 'passerelle.test',
      remoteAddress: '203.0.113.7',
      remotePort: 51000,
    });
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
  });
});
