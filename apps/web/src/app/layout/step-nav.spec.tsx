import { cleanup, screen, within } from '@testing-library/react';
import { renderApp, signedInAs, stubApi } from '../../test/render-app';

async function renderAt(path: string) {
  await renderApp(path, stubApi({}, signedInAs('officer')));
}

describe('the six steps under the header', () => {
  it('stays in the partnership being read, its step marked', async () => {
    await renderAt('/partenariats/p-1/dialogue');
    const steps = screen.getByRole('navigation', { name: 'Les six étapes de ce partenariat' });
    const links = within(steps).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/partenariats/p-1/engagement',
      '/partenariats/p-1/partenaires',
      '/partenariats/p-1/presentation',
      '/partenariats/p-1/missions',
      '/partenariats/p-1/convention',
      '/partenariats/p-1/actions',
    ]);
    // The dialogue plan is one of step 5's pages.
    expect(within(steps).getByRole('link', { current: 'step' })).toHaveTextContent(
      'Conventionner et dialoguer',
    );
  });

  it('leads to the method’s guide on the welcome page and the guide’s pages', async () => {
    await renderAt('/etapes/initiation');
    const steps = screen.getByRole('navigation', { name: 'Les six étapes de la méthode' });
    expect(within(steps).getAllByRole('link')[0]).toHaveAttribute('href', '/etapes/engagement');
  });

  it('leaves daily screens and a partnership’s overview, which lists the steps itself, without the bar', async () => {
    for (const path of ['/partenariats', '/tableau-de-bord', '/partenariats/p-1']) {
      await renderAt(path);
      expect(screen.queryByRole('navigation', { name: /^Les six étapes/ })).toBeNull();
      cleanup();
    }
  });
});
