import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../lib/i18n/i18n';
import { FormDialog } from './form-dialog';

/** A page with one act: a report written in a dialog, saved by its button. */
async function renderReportDialog() {
  const i18n = await createI18n('fr');
  render(
    <I18nextProvider i18n={i18n}>
      <FormDialog openLabel="Rédiger le compte rendu" title="Compte rendu">
        {(done) => (
          <form
            aria-label="Compte rendu"
            onSubmit={(event) => {
              event.preventDefault();
              done('Compte rendu enregistré.');
            }}
          >
            <label htmlFor="report">Ce qui a été vu</label>
            <textarea id="report" />
            <button type="submit">Enregistrer</button>
          </form>
        )}
      </FormDialog>
    </I18nextProvider>,
  );
}

describe('a form in a dialog', () => {
  it('closes at once on Escape while nothing is entered, the focus back on its button', async () => {
    await renderReportDialog();
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'Rédiger le compte rendu' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Compte rendu' })).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
  });

  it('asks before closing once something is typed, keeps the text when the user stays, and loses it only when told', async () => {
    await renderReportDialog();
    const user = userEvent.setup();
    const opener = screen.getByRole('button', { name: 'Rédiger le compte rendu' });
    await user.click(opener);
    await user.type(screen.getByLabelText('Ce qui a été vu'), 'Visite du chantier-école.');

    await user.keyboard('{Escape}');
    const question = await screen.findByRole('alertdialog', { name: 'Fermer sans enregistrer ?' });
    expect(question).toHaveAccessibleDescription('Ce que vous avez saisi dans ce formulaire sera perdu.');
    expect(screen.getByRole('button', { name: 'Continuer la saisie' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Continuer la saisie' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByLabelText('Ce qui a été vu')).toHaveValue('Visite du chantier-école.');

    await user.click(screen.getByRole('button', { name: 'Fermer' }));
    await user.click(await screen.findByRole('button', { name: 'Fermer sans enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
    await user.click(opener);
    expect(screen.getByLabelText('Ce qui a été vu')).toHaveValue('');
  });

  it('closes without asking once the form is saved, and says so beside its button', async () => {
    await renderReportDialog();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Rédiger le compte rendu' }));
    await user.type(screen.getByLabelText('Ce qui a été vu'), 'Visite du chantier-école.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Compte rendu enregistré.');
  });
});
