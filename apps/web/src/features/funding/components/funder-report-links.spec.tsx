import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../lib/i18n/i18n';
import type { FundingApplication } from '../api/get-action-funding';
import { FunderReportLinks } from './funder-report-links';

const MINISTRY_GRANT = {
  id: 'app-1',
  call: { name: 'Appel à projets 2031', funder: 'ministry_call' },
} as unknown as Pick<FundingApplication, 'id' | 'call'>;

async function renderLinks(application = MINISTRY_GRANT, language: Language = 'fr') {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <FunderReportLinks partnershipId="p-1" application={application} />
    </I18nextProvider>,
  );
}

/** Each download link's address, by its accessible name. */
function hrefs(listName: string): Record<string, string> {
  const list = screen.getByRole('list', { name: listName });
  return Object.fromEntries(
    within(list)
      .getAllByRole('link')
      .map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]),
  );
}

const report = (query: string) => `/api/partnerships/p-1/funding-applications/app-1/report?${query}`;

describe('the links to download a funder report', () => {
  it('offers the interim and final reports as PDF and XLSX, in the reader’s language and the ministry’s layout', async () => {
    await renderLinks();
    expect(hrefs('Rapports sur la subvention « Appel à projets 2031 »')).toEqual({
      'Télécharger le rapport intermédiaire en PDF': report(
        'kind=interim&format=pdf&language=fr&layout=daect',
      ),
      'Télécharger le rapport intermédiaire en XLSX': report(
        'kind=interim&format=xlsx&language=fr&layout=daect',
      ),
      'Télécharger le rapport final en PDF': report('kind=final&format=pdf&language=fr&layout=daect'),
      'Télécharger le rapport final en XLSX': report('kind=final&format=xlsx&language=fr&layout=daect'),
    });
    for (const link of screen.getAllByRole('link')) expect(link).toHaveAttribute('download');
  });

  it('asks for the language and layout chosen, another funder starting from the generic layout', async () => {
    await renderLinks(
      { ...MINISTRY_GRANT, call: { ...MINISTRY_GRANT.call, funder: 'european_union' } },
      'en',
    );
    expect(screen.getByLabelText('Layout')).toHaveValue('generic');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Language of the report'), 'fr');
    expect(hrefs('Reports on the grant “Appel à projets 2031”')['Download the final report as PDF']).toBe(
      report('kind=final&format=pdf&language=fr&layout=generic'),
    );
    await user.selectOptions(screen.getByLabelText('Layout'), 'daect');
    expect(hrefs('Reports on the grant “Appel à projets 2031”')['Download the interim report as XLSX']).toBe(
      report('kind=interim&format=xlsx&language=fr&layout=daect'),
    );
  });
});
