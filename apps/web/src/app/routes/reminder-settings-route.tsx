import { useTranslation } from 'react-i18next';
import { CalendarFeedSection } from '../../features/reminder-settings/components/calendar-feed-section';
import { ReminderPreferencesSection } from '../../features/reminder-settings/components/reminder-preferences-section';

/** One's own reminder settings (any signed-in user, like the password): reminders received, calendar feed. */
export function ReminderSettingsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('reminderSettings.title')}</h1>
      <p className="lead">{t('reminderSettings.intro')}</p>
      <ReminderPreferencesSection />
      <CalendarFeedSection />
    </>
  );
}
