import type * as SmtpTransportModule from '@passerelle/api/src/mail/smtp-transport';
import { apiModule } from './api-runtime';

/**
 * N mails through the product's own SMTP transport (`createSmtpTransport`, the worker's pool size) to the
 * same sink, `concurrency` at a time, without queue or database: the ceiling the reminder delivery is
 * measured against. The mails look like reminders (sender, one recipient, a short text, a Message-ID).
 */
export async function runTransportCeiling(
  smtpUrl: string,
  mails: number,
  concurrency: number,
): Promise<{ mailsPerSecond: number; seconds: number }> {
  const { createSmtpTransport } = apiModule<typeof SmtpTransportModule>('mail/smtp-transport');
  const transport = createSmtpTransport(smtpUrl, { maxConnections: Math.max(5, concurrency) });
  let next = 0;
  const sender = async () => {
    for (let index = next++; index < mails; index = next++) {
      await transport.sendMail({
        from: 'Passerelle <no-reply@passerelle.bench>',
        to: `recipient-${index}@bench.test`,
        subject: 'Rappel : un échange est en retard',
        text: 'Bonjour,\n\nLe prochain échange du partenariat est en retard.\n'.repeat(8),
        messageId: `<ceiling-${index}@passerelle.bench>`,
      });
    }
  };
  try {
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, sender));
    const seconds = (performance.now() - started) / 1000;
    return { mailsPerSecond: mails / seconds, seconds };
  } finally {
    transport.close();
  }
}
