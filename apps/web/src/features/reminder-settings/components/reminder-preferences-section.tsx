import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import {
  useReminderPreferences,
  type ReminderKind,
  type ReminderPreference,
  type ReminderPreferences,
} from '../api/get-reminder-preferences';
import { useUpdateReminderPreferences } from '../api/update-reminder-preferences';
import { quietHoursWords, reminderKindHint } from './reminder-kind-texts';
import './reminder-settings.css';

/** Which reminders the user receives: one box per kind, ticked when received. */
export function ReminderPreferencesSection() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const preferences = useReminderPreferences();
  return (
    <section className="panel panel--section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminderSettings.preferencesTitle')}</h2>
      <p className="muted">{t('reminderSettings.preferencesIntro', quietHoursWords(i18n.language))}</p>
      {preferences.isPending && <p role="status">{t('common.loading')}</p>}
      {preferences.isError && <p role="alert">{describeError(t, preferences.error)}</p>}
      {preferences.data && <ReminderPreferencesForm preferences={preferences.data} />}
    </section>
  );
}

/**
 * The boxes start from the stored choice; saving sends exactly the kinds left unticked. The kinds nobody may
 * turn off (the convention's end) stay ticked and disabled, with the reason beside them.
 */
function ReminderPreferencesForm({ preferences }: { preferences: ReminderPreferences }) {
  const { t } = useTranslation();
  const update = useUpdateReminderPreferences();
  const [optOuts, setOptOuts] = useState<readonly ReminderKind[]>(() =>
    preferences.kinds.filter((preference) => preference.optedOut).map((preference) => preference.kind),
  );

  const toggle = (kind: ReminderKind, received: boolean) => {
    update.reset();
    setOptOuts((current) => (received ? current.filter((item) => item !== kind) : [...current, kind]));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // In the API's order, and never a kind that may not be turned off.
    const kinds = preferences.kinds
      .filter((preference) => preference.canOptOut && optOuts.includes(preference.kind))
      .map((preference) => preference.kind);
    update.mutate({ optOuts: kinds });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {/* The only input is a set of boxes the page keeps valid: a refusal is the form's, not a field's. */}
      <FormAlert message={update.isError ? describeError(t, update.error) : undefined} />
      <FormSuccess message={update.isSuccess ? t('reminderSettings.saved') : undefined} />
      <fieldset className="field reminder-kinds">
        <legend>{t('reminderSettings.preferencesLegend')}</legend>
        <ul className="plain-list reminder-kinds__options">
          {preferences.kinds.map((preference) => (
            <ReminderKindOption
              key={preference.kind}
              preference={preference}
              received={!preference.canOptOut || !optOuts.includes(preference.kind)}
              onChange={(received) => toggle(preference.kind, received)}
            />
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={update.isPending}>
        {t('reminderSettings.save')}
      </button>
    </form>
  );
}

function ReminderKindOption({
  preference,
  received,
  onChange,
}: {
  preference: ReminderPreference;
  received: boolean;
  onChange: (received: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const mandatory = !preference.canOptOut;
  const describedBy = mandatory ? `${id}-hint ${id}-mandatory` : `${id}-hint`;
  return (
    <li className="reminder-kind">
      <input
        id={id}
        type="checkbox"
        name="reminderKinds"
        value={preference.kind}
        checked={received}
        disabled={mandatory}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.checked)}
      />
      <div>
        <label htmlFor={id} className="reminder-kind__label">
          {t(`reminderSettings.kinds.${preference.kind}.label`)}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {reminderKindHint(t, preference.kind, i18n.language)}
        </p>
        {mandatory && (
          <p id={`${id}-mandatory`} className="field__hint reminder-kind__mandatory">
            {t('reminderSettings.mandatory')}
          </p>
        )}
      </div>
    </li>
  );
}
