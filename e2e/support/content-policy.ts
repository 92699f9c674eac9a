import type { BrowserContext } from 'playwright-core';

/** What the pages of a browser context met so far, one line each. */
export interface BlockedContent {
  /**
   * What the product's Content-Security-Policy blocked: a script, a style, an image, a connection, a string
   * evaluated as code, with the directive that refused it and the page it happened on. Empty when the built
   * app runs under its policy as it is.
   */
  blocked(): string[];
  /** Every error the pages logged or threw (a failed request logs one too: offline, a refusal). */
  errors(): string[];
}

/** The function the pages call, from their own script, with each violation they see. */
const REPORT = 'reportBlockedContent';

/**
 * Watches every page of `context`, those opened later (a print view in a new tab) and those it navigates
 * to: the `securitypolicyviolation` events the documents fire, reported out of each page as they happen (a
 * list kept in the page would be lost with it on the next navigation), and the console's policy messages,
 * which also cover what happens before the first script runs. Call before the pages navigate where it matters.
 * The watch goes through the browser's protocol, not a script in the page: it needs no exception to the
 * policy (`bypassCSP` would switch off what it watches).
 */
export async function watchForBlockedContent(context: BrowserContext): Promise<BlockedContent> {
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.exposeBinding(REPORT, (_source, line: string) => {
    blocked.push(line);
  });
  await context.addInitScript((report) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const send = (window as unknown as Record<string, ((line: string) => void) | undefined>)[report];
      const where = event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '';
      send?.(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`,
      );
    });
  }, REPORT);
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    errors.push(message.text());
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  context.on('weberror', (error) => errors.push(error.error().message));
  return { blocked: () => [...blocked], errors: () => [...errors] };
}
