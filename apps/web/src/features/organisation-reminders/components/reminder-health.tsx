import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useReminderHealth, type ReminderHealth } from '../api/get-reminder-health';
import './organisation-reminders.css';

/** The figures an admin checks first: what waits, what is late, what failed, what went out this week. */
export function ReminderHealthSection() {
  const { t } = useTranslation();
  const id = useId();
  const health = useReminderHealth();
  return (
    <section className="panel panel--section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('organisationReminders.healthTitle')}</h2>
      {health.isPending && <p role="status">{t('common.loading')}</p>}
      {health.isError && <p role="alert">{describeError(t, health.error)}</p>}
      {health.data && <HealthFigures health={health.data} />}
    </section>
  );
}

function HealthFigures({ health }: { health: ReminderHealth }) {
  const { t } = useTranslation();
  const id = useId();
  const { schedule, queue } = health;
  return (
    <div className="grid reminder-health">
      <div>
        <h3 id={`${id}-schedule`}>{t('organisationReminders.scheduleTitle')}</h3>
        <Figures
          figures={[
            [t('organisationReminders.pending'), schedule.pending],
            [t('organisationReminders.due'), schedule.due],
            [t('organisationReminders.failed'), schedule.failed],
            [t('organisationReminders.sentLast7Days'), schedule.sentLast7Days],
          ]}
        />
      </div>
      <div>
        <h3 id={`${id}-queue`}>{t('organisationReminders.queueTitle')}</h3>
        {queue ? (
          <Figures
            figures={[
              [t('organisationReminders.queueWaiting'), queue.waiting],
              [t('organisationReminders.queueDelayed'), queue.delayed],
              [t('organisationReminders.queueActive'), queue.active],
              [t('organisationReminders.queueFailed'), queue.failed],
            ]}
          />
        ) : (
          <p className="callout">{t('organisationReminders.queueUnavailable')}</p>
        )}
      </div>
    </div>
  );
}

function Figures({ figures }: { figures: [string, number][] }) {
  return (
    <dl className="details reminder-figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
