import { COMMUNICATION_CHANNELS, DIALOGUE_AUDIENCES } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { isOneOf } from '../../../lib/is-one-of';
import { useOfflineAppend } from '../../offline/outbox/use-offline-append';
import type { Dialogue, DialogueAudience, DialogueChannel } from '../api/get-dialogue';
import { useRecordDialogueEvent } from '../api/record-dialogue-event';
import { toPersonInput } from './dialogue-people';
import { withLocalOffset } from './dialogue-texts';
import { DateInput, TimeInput } from '../../../components/ui/date-input';
import { isIsoDay, parseTimeEntry } from '../../../components/ui/date-entry';

const FIELDS = ['audience', 'occurredAt', 'channel', 'participants', 'summary', 'decisions'] as const;

const SUMMARY_MAX = 8000;

/**
 * « Consigner un échange »: either party logs an exchange that took place — which audience, when, by which
 * channel, who took part (picked from each party's people), the notes and the decisions, one per line.
 */
export function RecordExchangeForm({
  partnershipId,
  dialogue,
  onDone,
}: {
  partnershipId: string;
  dialogue: Dialogue;
  /** Says the exchange is logged, or kept on the device until the connection comes back. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordDialogueEvent(partnershipId);
  const offline = useOfflineAppend();
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const [audience, setAudience] = useState<DialogueAudience>('elected_officials');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [channel, setChannel] = useState<DialogueChannel>('video_call');
  const [participants, setParticipants] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [decisions, setDecisions] = useState('');
  // A day or time missing or unreadable, said at its own field before anything is sent.
  const [localError, setLocalError] = useState<{ field: 'day' | 'time'; message: string } | undefined>();
  useFocusFirstInvalidField(formRef, record.error);
  const errors = describeFormErrors(t, record.error, FIELDS, {
    'RESOURCE.CONFLICT': t('dialogue.conflict'),
  });
  const people = dialogue.parties.flatMap((party) => party.people);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const instant = isIsoDay(day) && isTime(time) ? withLocalOffset(`${day}T${time}`) : undefined;
    if (!instant) {
      setLocalError({
        field: isIsoDay(day) ? 'time' : 'day',
        message: t('dialogue.form.occurredAtRequired'),
      });
      return;
    }
    setLocalError(undefined);
    const body = {
      audience,
      occurredAt: instant,
      channel,
      participants: people.filter((person) => participants.includes(person.personId)).map(toPersonInput),
      summary: summary.trim(),
      decisions: decisions
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    const cleared = (message: string) => {
      keys.settle();
      onDone(message);
    };
    const idempotencyKey = keys.keyFor(body);
    // Without a connection the exchange is kept on the device and sent when it comes back (docs/offline.md).
    const draft = {
      kind: 'dialogue-exchange' as const,
      target: { partnershipId },
      body,
      photos: [],
      summary: body.summary,
      idempotencyKey,
    };
    if (offline.queuesNow()) {
      void offline.queue(draft).then(() => cleared(t('offline.queued')));
      return;
    }
    record.mutate(
      { body, idempotencyKey },
      {
        onSuccess: () => cleared(t('dialogue.form.saved')),
        onError: (error) =>
          void offline.queueAfterFailure(error, draft).then((queued) => {
            if (!queued) return;
            record.reset();
            cleared(t('offline.queued'));
          }),
      },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('dialogue.form.title')}>
      <FormAlert message={errors.form} />
      <Field label={t('dialogue.form.audience')} error={errors.fields['audience']}>
        {(props) => (
          <select
            {...props}
            name="audience"
            value={audience}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(DIALOGUE_AUDIENCES, next)) setAudience(next);
            }}
          >
            {DIALOGUE_AUDIENCES.map((code) => (
              <option key={code} value={code}>
                {t(`dialogue.audiences.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__row form__row--inputs-aligned">
        <Field
          label={t('dialogue.form.occurredAt')}
          error={localError?.field === 'day' ? localError.message : errors.fields['occurredAt']}
        >
          {(props) => <DateInput {...props} name="occurredOn" required value={day} onChange={setDay} />}
        </Field>
        <Field
          label={t('dialogue.form.occurredTime')}
          hint={t('dialogue.form.occurredAtHint')}
          error={localError?.field === 'time' ? localError.message : undefined}
        >
          {(props) => <TimeInput {...props} name="occurredTime" required value={time} onChange={setTime} />}
        </Field>
      </div>
      <Field label={t('dialogue.form.channel')} error={errors.fields['channel']}>
        {(props) => (
          <select
            {...props}
            name="channel"
            value={channel}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(COMMUNICATION_CHANNELS, next)) setChannel(next);
            }}
          >
            {COMMUNICATION_CHANNELS.map((code) => (
              <option key={code} value={code}>
                {t(`dialogue.channels.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dialogue.parties.map((party) => (
        <fieldset key={party.partyId} className="field">
          <legend>{t('dialogue.form.participantsOf', { party: party.name })}</legend>
          {party.people.length === 0 && <p className="muted">{t('dialogue.none')}</p>}
          {party.people.map((person) => (
            <label key={person.personId} className="field--checkbox">
              <input
                type="checkbox"
                checked={participants.includes(person.personId)}
                onChange={(event) => {
                  const checked = event.target.checked;
                  setParticipants((current) =>
                    checked ? [...current, person.personId] : current.filter((id) => id !== person.personId),
                  );
                }}
              />{' '}
              {person.name} ({t(`dialogue.personRoles.${person.role}`)})
            </label>
          ))}
        </fieldset>
      ))}
      {errors.fields['participants'] && <p className="field__error">{errors.fields['participants']}</p>}
      <Field label={t('dialogue.form.summary')} error={errors.fields['summary']}>
        {(props) => (
          <textarea
            {...props}
            name="summary"
            rows={5}
            required
            maxLength={SUMMARY_MAX}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('dialogue.form.decisions')}
        hint={t('dialogue.form.decisionsHint')}
        error={errors.fields['decisions']}
      >
        {(props) => (
          <textarea
            {...props}
            name="decisions"
            rows={3}
            value={decisions}
            onChange={(event) => setDecisions(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t('dialogue.form.submit')}
      </button>
    </form>
  );
}

/** Whether `value` is a time of day as the time field gives it (`15:30`), not the text of an unreadable one. */
function isTime(value: string): boolean {
  return parseTimeEntry(value) === value;
}
