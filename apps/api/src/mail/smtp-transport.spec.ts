import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { createSmtpTransport } from './smtp-transport';

const fixture = (name: string) => readFileSync(join(__dirname, '../../test/fixtures/smtp-tls', name), 'utf8');

/** How the server speaks: plain only, TLS from the first byte (smtps), or plain with STARTTLS offered. */
type ServerMode = 'plain' | 'implicit-tls' | 'starttls';

/**
 * A real SMTP server recording each mail's text, whether it came over TLS, and counting connections. Its
 * TLS certificate (for localhost) is signed by the test authority in `test/fixtures/smtp-tls`.
 */
async function startServer(mode: ServerMode = 'plain') {
  const received: string[] = [];
  const overTls: boolean[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    secure: mode === 'implicit-tls',
    ...(mode === 'plain'
      ? { disabledCommands: ['STARTTLS'] }
      : { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }),
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString());
        overTls.push(session.secure);
        callback();
      });
    },
  });
  // A client that refuses the certificate closes the socket during the handshake, which the server reports.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    overTls,
    get connections() {
      return connections;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const mail = {
  from: 'passerelle@example.test',
  to: 'claire@angers.test',
  subject: 'Rappel',
  text: 'Bonjour',
};

describe('the SMTP transport (socket opened without delay)', () => {
  it('delivers mails one after the other over its pooled connection', async () => {
    const server = await startServer();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${server.port}`);
    try {
      await transport.sendMail(mail);
      await transport.sendMail({ ...mail, text: 'Deuxième rappel' });
      expect(server.received.map((body) => body.includes('Bonjour') || body.includes('Deuxi'))).toEqual([
        true,
        true,
      ]);
      expect(server.connections).toBe(1);
    } finally {
      transport.close();
      await server.stop();
    }
  });

  it('fails the send when nothing listens', async () => {
    const server = await startServer();
    await server.stop();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${server.port}`);
    try {
      await expect(transport.sendMail(mail)).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      transport.close();
    }
  });

  /** Runs `use` with a server in `mode` and a transport to it by `scheme`, both closed after. */
  async function withTlsServer(
    mode: ServerMode,
    scheme: 'smtp' | 'smtps',
    trustedCa: string | undefined,
    use: (
      server: Awaited<ReturnType<typeof startServer>>,
      transport: ReturnType<typeof createSmtpTransport>,
    ) => Promise<void>,
  ): Promise<void> {
    const server = await startServer(mode);
    const transport = createSmtpTransport(`${scheme}://localhost:${server.port}`, { trustedCa });
    try {
      await use(server, transport);
    } finally {
      transport.close();
      await server.stop();
    }
  }

  it('speaks TLS from the first byte to an smtps:// server whose certificate it trusts', async () => {
    await withTlsServer('implicit-tls', 'smtps', fixture('ca-cert.pem'), async (server, transport) => {
      await transport.sendMail(mail);
      expect(server.overTls).toEqual([true]);
      expect(server.received[0]).toContain('Bonjour');
    });
  });

  it('upgrades a plain connection with STARTTLS when the server offers it', async () => {
    await withTlsServer('starttls', 'smtp', fixture('ca-cert.pem'), async (server, transport) => {
      await transport.sendMail(mail);
      expect(server.overTls).toEqual([true]);
    });
  });

  it('refuses a server whose certificate no trusted authority signed, sending nothing', async () => {
    await withTlsServer('implicit-tls', 'smtps', undefined, async (server, transport) => {
      await expect(transport.sendMail(mail)).rejects.toThrow(/certificate/i);
      expect(server.received).toEqual([]);
    });
  });
});
