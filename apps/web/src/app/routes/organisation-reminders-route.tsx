import { useTranslation } from 'react-i18next';
import { OrganisationReminderList } from '../../features/organisation-reminders/components/organisation-reminder-list';
import { ReminderHealthSection } from '../../features/organisation-reminders/components/reminder-health';

/** The administrator's view of the reminders to the authority's people: health, list, retries. */
export function OrganisationRemindersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('organisationReminders.title')}</h1>
      <p className="lead">{t('organisationReminders.intro')}</p>
      <ReminderHealthSection />
      <OrganisationReminderList />
    </>
  );
}
