import { useTranslation } from 'react-i18next';
import type { Dialogue } from '../api/get-dialogue';
import { formatDateTime, partyNameOf } from './dialogue-texts';

/** The exchanges that took place, newest first: when, with whom, how, the notes, the decisions, who logged it. */
export function DialogueLog({ dialogue }: { dialogue: Dialogue }) {
  const { t, i18n } = useTranslation();
  const events = [...dialogue.events.items].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section className="panel panel--section" aria-labelledby="dialogue-log">
      <h2 id="dialogue-log">{t('dialogue.log.title')}</h2>
      {events.length === 0 ? (
        <p>{t('dialogue.log.empty')}</p>
      ) : (
        <ol className="records" aria-label={t('dialogue.log.title')}>
          {events.map((event) => (
            <li key={event.id} className="record">
              <h3>
                {formatDateTime(event.occurredAt, i18n.language)} ·{' '}
                {t(`dialogue.audiences.${event.audience}`)} · {t(`dialogue.channels.${event.channel}`)}
              </h3>
              <p className="muted">
                {t('dialogue.log.loggedBy', { party: partyNameOf(dialogue.parties, event.recordedBy) })}
              </p>
              {event.participants.length > 0 && (
                <p>
                  {t('dialogue.log.participants', {
                    people: event.participants
                      .map((person) => `${person.name} (${partyNameOf(dialogue.parties, person.partyId)})`)
                      .join(', '),
                  })}
                </p>
              )}
              <p className="notes">{event.summary}</p>
              {event.decisions.length > 0 && (
                <>
                  <h4>{t('dialogue.log.decisions')}</h4>
                  <ul>
                    {event.decisions.map((decision, index) => (
                      <li key={index}>{decision}</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
