import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, stubApi } from '../../test/render-app';

describe('the accessibility statement', () => {
  it('is one link away from every page, which says the state of compliance', async () => {
    await renderApp('/etapes/engagement', stubApi({}));
    await userEvent.setup().click(screen.getByRole('link', { name: 'Accessibilité : non conforme' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }),
    ).toBeVisible();
    expect(
      screen.getByText(/non conforme au référentiel général d’amélioration de l’accessibilité/),
    ).toBeVisible();
    expect(screen.getByText('Cette déclaration a été établie le 7 décembre 2026.')).toBeVisible();
    expect(screen.getByRole('link', { name: /formulaire en ligne/ })).toHaveAttribute(
      'href',
      'https://formulaire.defenseurdesdroits.fr/',
    );
  });

  it('is written in English for English readers', async () => {
    await renderApp('/accessibilite', stubApi({}), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
    expect(screen.getByText('This statement was made on 7 December 2026.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Accessibility: not compliant' })).toBeVisible();
  });
});
