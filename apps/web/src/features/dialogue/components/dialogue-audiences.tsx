import { DIALOGUE_AUDIENCES } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../components/ui/format-date';
import type { Dialogue } from '../api/get-dialogue';
import { peopleByParty } from './dialogue-texts';

const STATUS_BADGES: Record<string, string> = {
  on_track: 'badge badge--up',
  due_soon: 'badge',
  overdue: 'badge badge--overdue',
};

/** « La relation s’endort »: shown when an audience is overdue beyond the tolerance since the last visit. */
export function DialogueSleepAlert({ dialogue }: { dialogue: Dialogue }) {
  const { t, i18n } = useTranslation();
  if (!dialogue.fallingAsleep) return null;
  const audiences = (dialogue.sleep?.audiences ?? []).map((audience) =>
    t(`dialogue.audiences.${audience as (typeof DIALOGUE_AUDIENCES)[number]}`),
  );
  const lastVisit = dialogue.sleep?.lastVisitEndedOn;
  return (
    <div role="alert" className="callout form-alert dialogue-asleep">
      <h2>{t('dialogue.asleep.title')}</h2>
      <p>{t('dialogue.asleep.audiences', { audiences: audiences.join(', ') })}</p>
      {lastVisit && (
        <p>{t('dialogue.asleep.lastVisit', { date: formatCalendarDate(lastVisit, i18n.language) })}</p>
      )}
      <p>{t('dialogue.asleep.advice')}</p>
    </div>
  );
}

/**
 * One card per audience (elected officials, technicians, territory actors): its cadence, channels, who takes
 * part on each side, when the next exchange is due and whether it is on track, due soon or overdue.
 */
export function DialogueAudiences({ dialogue }: { dialogue: Dialogue }) {
  const { t, i18n } = useTranslation();
  const plan = dialogue.plan;
  return (
    <section className="panel panel--section" aria-labelledby="dialogue-audiences">
      <h2 id="dialogue-audiences">{t('dialogue.audiencesTitle')}</h2>
      {!plan && <p>{t('dialogue.noPlan')}</p>}
      {plan && (
        <div className="grid">
          {DIALOGUE_AUDIENCES.map((audience) => {
            const name = t(`dialogue.audiences.${audience}`);
            const entry = plan.audiences.find((candidate) => candidate.audience === audience);
            const due = dialogue.dueByAudience.find((candidate) => candidate.audience === audience);
            return (
              <article key={audience} className="panel" aria-label={name}>
                <h3>{name}</h3>
                {!entry ? (
                  <p className="muted">{t('dialogue.notInPlan')}</p>
                ) : (
                  <dl className="details">
                    <dt>{t('dialogue.cadenceLabel')}</dt>
                    <dd>
                      {t(`dialogue.cadence.${entry.cadence.unit as 'day' | 'week' | 'month'}`, {
                        count: entry.cadence.every,
                      })}
                    </dd>
                    <dt>{t('dialogue.channelsLabel')}</dt>
                    <dd>
                      {entry.channels.length === 0
                        ? t('dialogue.none')
                        : entry.channels.map((channel) => t(`dialogue.channels.${channel}`)).join(', ')}
                    </dd>
                    <dt>{t('dialogue.participantsLabel')}</dt>
                    <dd>
                      {entry.participants.length === 0 ? (
                        t('dialogue.none')
                      ) : (
                        <ul className="plain-list">
                          {peopleByParty(dialogue.parties, entry.participants).map((group) => (
                            <li key={group.partyId}>
                              {t('dialogue.side', {
                                party: group.name,
                                people: group.people.map((person) => person.name).join(', '),
                              })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </dd>
                    {due && (
                      <>
                        <dt>{t('dialogue.nextDueLabel')}</dt>
                        <dd>
                          {formatCalendarDate(due.dueOn, i18n.language)}{' '}
                          <span className={STATUS_BADGES[due.status] ?? 'badge'}>
                            {t(`dialogue.statuses.${due.status}`)}
                          </span>
                          {due.daysOverdue > 0 && (
                            <> {t('dialogue.daysOverdue', { count: due.daysOverdue })}</>
                          )}
                        </dd>
                        <dt>{t('dialogue.lastExchangeLabel')}</dt>
                        <dd>
                          {due.lastExchangeOn
                            ? formatCalendarDate(due.lastExchangeOn, i18n.language)
                            : t('dialogue.noExchangeYet')}
                        </dd>
                      </>
                    )}
                  </dl>
                )}
              </article>
            );
          })}
        </div>
      )}
    </section>
  );
}
