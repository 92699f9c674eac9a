import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from '../support/browser';
import { watchForBlockedContent } from '../support/content-policy';
import { dayFromToday } from '../support/dates';
import { openDemoAction } from '../support/demo-pages';
import { inboxDigestTo } from '../support/mail-sink';
import { signIn } from '../support/session';

const KAIROUAN = 'Angers – Kairouan';
const CLOSING = 'Candidature à déposer avant la clôture de l’appel';
const REPORT_DUE = 'Rapport au financeur à envoyer';
/** The demo's ministry call, closing in ten days, to which the worksite action has a draft application. */
const MINISTRY_CALL = /« Appel à projets « Jeunesse et patrimoine » »$/;

function inboxItem(page: Page, kind: string) {
  return page.getByTestId('inbox-item').filter({ hasText: kind }).filter({ hasText: KAIROUAN });
}

/**
 * The demo's worksite action is funded by two calls, one granted (the European programme: tranches and
 * reports) and one refused (the Region), and holds a draft to the ministry's call. The officer is told of
 * the call closing and the report due, in the inbox and the daily digest, then takes the draft through
 * submission and the ministry's grant with its first tranche, and the call's item leaves the inbox.
 */
describe('funding an action through calls for projects', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('tells the officer of the closing call and the report due, then takes the draft to a grant', async () => {
    const digest = await inboxDigestTo('officer@angers.test');
    expect(digest.text).toContain(CLOSING);
    expect(digest.text).toContain(REPORT_DUE);

    const { context, page } = await newPage(browser);
    const watch = await watchForBlockedContent(context);
    await signIn(page, 'officer@angers.test');
    await page.goto('/a-faire');
    await inboxItem(page, CLOSING).waitFor();
    await inboxItem(page, REPORT_DUE).first().waitFor();

    await openDemoAction(page);
    await page.getByText('Accordé : 42 000', { exact: false }).first().waitFor();
    await page
      .getByText(/Refusée le/)
      .first()
      .waitFor();

    await page
      .getByRole('button', { name: new RegExp(`^Déposer la candidature à ${MINISTRY_CALL.source}`) })
      .click();
    const submission = page.getByRole('dialog', { name: /^Déposer la candidature à/ });
    await submission.getByLabel('Date', { exact: true }).fill(dayFromToday(0));
    await submission.getByRole('button', { name: 'Déposer la candidature', exact: true }).click();
    await page.getByText('Candidature déposée.').waitFor();

    await page
      .getByRole('button', { name: new RegExp(`^Enregistrer la décision sur ${MINISTRY_CALL.source}`) })
      .click();
    const decision = page.getByRole('dialog', { name: /^Décision du financeur sur/ });
    await decision.getByLabel('Décision', { exact: true }).selectOption('granted');
    await decision.getByLabel('Date de la décision').fill(dayFromToday(0));
    await decision.getByLabel('Montant accordé (€)').fill('12000');
    await decision.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await page.getByText('Décision enregistrée.').waitFor();

    await page
      .getByRole('button', { name: new RegExp(`^Ajouter une tranche à ${MINISTRY_CALL.source}`) })
      .click();
    const tranche = page.getByRole('dialog', { name: /^Nouvelle tranche pour/ });
    await tranche.getByLabel('Libellé').fill('Avance (50 %)');
    await tranche.getByLabel('Date attendue').fill(dayFromToday(30));
    await tranche.getByLabel('Montant attendu (€)').fill('6000');
    await tranche.getByRole('button', { name: 'Ajouter une tranche' }).click();
    await page.getByText('Tranche enregistrée.').waitFor();
    // Granted by the calls: the European programme's 42,000 and now the ministry's 12,000.
    await page.getByText(/Accordé par les appels : 54\s000/).waitFor();

    await page.goto('/a-faire');
    await inboxItem(page, REPORT_DUE).first().waitFor();
    await expect(inboxItem(page, CLOSING).count()).resolves.toBe(0);
    // The product's policy let every page and dialog of the journey run.
    expect(watch.blocked()).toEqual([]);
    await context.close();
  });
});
