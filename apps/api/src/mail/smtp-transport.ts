import { connect } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import type { SmtpTimeouts } from '../config/app-config';

export const SMTP_TRANSPORT = Symbol('SMTP_TRANSPORT');

/** nodemailer's own default: enough for the mail queue alone. */
const DEFAULT_MAX_CONNECTIONS = 5;

/** RFC 5321 §4.5.3.2 (see `parseSmtpTimeouts`): 5 minutes to connect and be greeted, 10 for any reply. */
export const RFC_5321_TIMEOUTS: SmtpTimeouts = {
  connectionMs: 300_000,
  greetingMs: 300_000,
  socketMs: 600_000,
};

/**
 * A pooled nodemailer transport for `smtp://` or `smtps://` URLs (credentials in the URL). The pool should
 * hold as many connections as there are concurrent senders: a delivery waiting for a connection holds its
 * job (and, for reminders, a database connection) meanwhile. The server's certificate is checked against
 * the system's authorities (and `NODE_EXTRA_CA_CERTS`), or against `trustedCa` (PEM) when given. It waits
 * for the server as long as RFC 5321 allows: a client that gives up on a slow server that then accepts the
 * mail anyway sends that mail twice.
 */
export function createSmtpTransport(
  smtpUrl: string,
  {
    maxConnections = DEFAULT_MAX_CONNECTIONS,
    trustedCa,
    timeouts = RFC_5321_TIMEOUTS,
  }: { maxConnections?: number; trustedCa?: string; timeouts?: SmtpTimeouts } = {},
): Transporter {
  const url = new URL(smtpUrl);
  const host = url.hostname;
  const port = url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 25;
  return createTransport({
    host,
    port,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    pool: true,
    maxConnections,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
    ...(trustedCa ? { tls: { ca: trustedCa } } : {}),
    // Nagle's algorithm held each mail's last small segment until the server acknowledged the previous
    // one, and servers delay their acknowledgements (40 ms on Linux): every mail waited about 40 ms for
    // nothing, capping a connection at ~25 mails/s. The socket is opened here with no delay; nodemailer
    // still upgrades it to TLS (at once for smtps://, on STARTTLS otherwise).
    getSocket: (_options, callback) => callback(null, { connection: connect({ host, port, noDelay: true }) }),
  });
}
