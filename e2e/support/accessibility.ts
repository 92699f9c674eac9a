import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once and run in each page under test. */
let axeSource: string | undefined;
function axeScript(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * The rules of WCAG 2.1 levels A and AA, which the RGAA (the French standard for public bodies' sites)
 * transposes. Rules tagged "best-practice" or "experimental" are left out: they are not the standard.
 */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

declare global {
  interface Window {
    axe?: { run: (context: Document | { include: string[][] }, options: object) => Promise<AxeResults> };
  }
}

/**
 * What axe finds wrong on the page as it is now, one line per element: `rule: element — what to fix`;
 * only inside the elements `within` selects when given (a dialog over a page already checked). axe is run
 * through the browser's protocol, as every `page.evaluate` is, not added as a `<script>` the product's
 * Content-Security-Policy would refuse: the page stays under its policy while it is checked.
 */
export async function accessibilityViolations(page: Page, within?: string): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeScript());
  return page.evaluate(
    async ({ tags, selector }) => {
      const context = selector ? { include: [[selector]] } : document;
      const results = await window.axe!.run(context, { runOnly: { type: 'tag', values: tags } });
      return results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
        ),
      );
    },
    { tags: WCAG_21_AA, selector: within },
  );
}
