import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { FormDialog } from '../components/ui/form-dialog';
import { stylesheetSingleton } from './adopted-style-singleton';
import { createI18n } from './i18n/i18n';

// jsdom builds no stylesheet from text and adopts none: the test lends the document the two browser APIs the
// module relies on, keeping the text it is given (Chromium's own are proven by the browser specs, which fail on
// any inline style the Content-Security-Policy blocks).
const written = new WeakMap<CSSStyleSheet, string>();
const textOf = (sheet: CSSStyleSheet): string => written.get(sheet) ?? '';

beforeEach(() => {
  Object.defineProperty(CSSStyleSheet.prototype, 'replaceSync', {
    configurable: true,
    value(this: CSSStyleSheet, text: string) {
      written.set(this, text);
    },
  });
  Object.defineProperty(document, 'adoptedStyleSheets', { configurable: true, writable: true, value: [] });
});

afterEach(() => {
  delete (CSSStyleSheet.prototype as Partial<CSSStyleSheet>).replaceSync;
  delete (document as Partial<Document>).adoptedStyleSheets;
});

describe('styles a library adds at run time', () => {
  it('are adopted by the first user and kept until the last one leaves, beside the other adopted sheets', () => {
    const other = new CSSStyleSheet();
    document.adoptedStyleSheets = [other];
    const lock = stylesheetSingleton();

    lock.add('body { overflow: hidden; }');
    lock.add('body { overflow: scroll; }');
    expect(document.adoptedStyleSheets.map(textOf)).toEqual(['', 'body { overflow: hidden; }']);

    lock.remove();
    expect(document.adoptedStyleSheets).toHaveLength(2);
    lock.remove();
    expect(document.adoptedStyleSheets).toEqual([other]);
  });

  it('lock the page behind an open dialog without an inline <style>, and unlock it on closing', async () => {
    const i18n = await createI18n('fr');
    render(
      <I18nextProvider i18n={i18n}>
        <FormDialog openLabel="Rédiger le compte rendu" title="Compte rendu">
          {() => <p>Ce qui a été vu</p>}
        </FormDialog>
      </I18nextProvider>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Rédiger le compte rendu' }));

    await screen.findByRole('dialog', { name: 'Compte rendu' });
    const adopted = document.adoptedStyleSheets.map(textOf).join('\n');
    expect(adopted).toMatch(/body\[data-scroll-locked\] \{\s*overflow: hidden !important;/);
    expect(document.body).toHaveAttribute('data-scroll-locked');
    expect(document.querySelectorAll('style')).toHaveLength(0);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(document.body).not.toHaveAttribute('data-scroll-locked');
  });
});
