import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
}

/** The mails the product's SMTP sink captured (tools/devstack: one JSON file per mail in E2E_MAIL_DIR). */
export function capturedMails(): CapturedMail[] {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set: run the browser specs through `npm test`.');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CapturedMail);
}

/** The first mail to this address that `matches`, waiting a little for the product to send it. */
export async function mailTo(
  address: string,
  matches: (mail: CapturedMail) => boolean = () => true,
): Promise<CapturedMail> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const found = capturedMails().find((mail) => mail.to.includes(address) && matches(mail));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no mail to ${address} in the mail sink`);
}

/** The daily inbox digest mailed to this address, waiting a little for the worker's first run. */
export function inboxDigestTo(address: string): Promise<CapturedMail> {
  return mailTo(address, (mail) => mail.subject.includes('à faire'));
}
