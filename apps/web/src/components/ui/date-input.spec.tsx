import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { changeLanguage, createI18n } from '../../lib/i18n/i18n';
import { Field } from './form';
import { DateInput } from './date-input';

/** A form field holding what the date input gives it, shown beside it as the form would send it. */
function DayField({ initial }: { initial: string }) {
  const [day, setDay] = useState(initial);
  return (
    <>
      <Field label="Date de la visite">
        {(props) => <DateInput {...props} value={day} onChange={setDay} />}
      </Field>
      <output aria-label="valeur">{day}</output>
      <button type="button" onClick={() => setDay('')}>
        Vider
      </button>
    </>
  );
}

async function renderField(initial: string) {
  const i18n = await createI18n('fr');
  render(
    <I18nextProvider i18n={i18n}>
      <DayField initial={initial} />
    </I18nextProvider>,
  );
  return i18n;
}

describe('a date field', () => {
  it('shows a stored day as the user’s language writes it, and the day written out under it', async () => {
    const i18n = await renderField('2026-12-07');
    const input = screen.getByLabelText('Date de la visite');
    expect(input).toHaveValue('07/12/2026');
    expect(input).toHaveAccessibleDescription('lundi 7 décembre 2026');

    await act(() => changeLanguage(i18n, 'de'));
    expect(input).toHaveValue('07.12.2026');
    expect(input).toHaveAccessibleDescription('Montag, 7. Dezember 2026');
  });

  it('gives the form the ISO day of what is typed, day first, and tidies it when the field is left', async () => {
    await renderField('');
    const input = screen.getByLabelText('Date de la visite');
    expect(input).toHaveAccessibleDescription('Format : jj/mm/aaaa');
    const user = userEvent.setup();
    await user.type(input, '3/4/27');
    expect(screen.getByLabelText('valeur')).toHaveTextContent('2027-04-03');
    await user.tab();
    expect(input).toHaveValue('03/04/2027');
    expect(input).toHaveAccessibleDescription('samedi 3 avril 2027');
  });

  it('says a day that does not exist is not read, and never passes it on as another day', async () => {
    await renderField('');
    const input = screen.getByLabelText('Date de la visite');
    const user = userEvent.setup();
    await user.type(input, '31/02/2026');
    expect(input).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Date non reconnue : écrivez-la sous la forme jj/mm/aaaa.');
    expect(screen.getByLabelText('valeur')).toHaveTextContent('31/02/2026');
  });

  it('empties when the form resets it', async () => {
    await renderField('2026-12-07');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vider' }));
    expect(screen.getByLabelText('Date de la visite')).toHaveValue('');
  });
});
