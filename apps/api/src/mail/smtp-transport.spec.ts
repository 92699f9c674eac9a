import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createSmtpTransport } from './smtp-transport';

/** A real, plain SMTP server recording each mail's text and counting connections. */
async function startServer() {
  const received: string[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
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
  // The TLS paths (smtps://, STARTTLS) need a certificate the client trusts, which this transport takes
  // from the system only: they were checked against smtp-server by hand, not here.
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
});
