import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { noContent, problemResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

async function submit(current: string, next: string, confirmation = next) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Mot de passe actuel'), current);
  await user.type(screen.getByLabelText('Nouveau mot de passe'), next);
  await user.type(screen.getByLabelText('Confirmez le nouveau mot de passe'), confirmation);
  await user.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
}

describe('changing one’s password', () => {
  it('marks the current password as wrong when the API says so', async () => {
    await renderApp(
      '/compte/mot-de-passe',
      stubApi(
        { 'POST /api/auth/password': async () => problemResponse(422, 'AUTH.WRONG_CURRENT_PASSWORD') },
        signedInAs('viewer'),
      ),
    );
    await submit('pas le bon', 'un nouveau mot de passe');
    expect(await screen.findByText('Le mot de passe actuel est incorrect.')).toBeInTheDocument();
    expect(screen.getByLabelText('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mot de passe actuel')).toHaveFocus();
  });

  it('marks the new password as too common when the API says so', async () => {
    await renderApp(
      '/compte/mot-de-passe',
      stubApi(
        {
          'POST /api/auth/password': async () =>
            problemResponse(422, 'AUTH.PASSWORD_TOO_COMMON', {
              errors: [{ field: 'newPassword', rule: 'passwordNotCommon', message: 'too common' }],
            }),
        },
        signedInAs('viewer'),
      ),
    );
    await submit('l’ancien mot de passe', 'password1234');
    expect(
      await screen.findByText(
        'Ce mot de passe fait partie des plus utilisés, ou se répète trop : choisissez-en un autre.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveFocus();
  });

  it('confirms the change and empties the form', async () => {
    const api = stubApi({ 'POST /api/auth/password': async () => noContent() }, signedInAs('viewer'));
    await renderApp('/compte/mot-de-passe', api);
    await submit('l’ancien mot de passe', 'un nouveau mot de passe');
    expect(await screen.findByRole('status')).toHaveTextContent('Votre mot de passe a été changé.');
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveValue('');
    expect(await api.requestsTo('POST', '/api/auth/password')[0]?.json()).toEqual({
      currentPassword: 'l’ancien mot de passe',
      newPassword: 'un nouveau mot de passe',
    });
  });
});
