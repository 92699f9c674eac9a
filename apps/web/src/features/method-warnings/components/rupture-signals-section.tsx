import { RUPTURE_SIGNAL_KINDS, type RuptureSignalKind } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { isOneOf } from '../../../lib/is-one-of';
import { useRuptureSignals } from '../api/get-rupture-signals';
import { useRecordRuptureSignal } from '../api/record-rupture-signal';
import { DateInput } from '../../../components/ui/date-input';

export interface SignalParty {
  readonly id: string;
  readonly name: string;
}

interface SignalAbilities {
  /** The signed-in user's authority. */
  readonly organisationId: string | undefined;
  /** Its authority initiated the partnership: it records signs on any side. */
  readonly initiates: boolean;
  readonly canRecord: boolean;
}

const FIELDS = ['kind', 'concernsPartyId', 'occursOn', 'note'] as const;

/**
 * The partnership's warning signs of rupture (seed 000 §3–4): what either side noted, those weighing today
 * first marked, and the form to note one. Every party sees every sign: they feed the shared health score.
 */
export function RuptureSignalsSection({
  partnershipId,
  parties,
  abilities,
}: {
  partnershipId: string;
  parties: readonly SignalParty[];
  abilities: SignalAbilities;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const signals = useRuptureSignals(partnershipId);
  const nameOf = (partyId: string) => parties.find((party) => party.id === partyId)?.name ?? partyId;
  const ownOrganisationId = abilities.organisationId;
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('ruptureSignals.title')}</h2>
      <p className="muted">{t('ruptureSignals.intro')}</p>
      {signals.isPending && <p role="status">{t('ruptureSignals.loading')}</p>}
      {signals.isError && <p role="alert">{describeError(t, signals.error)}</p>}
      {signals.data &&
        (signals.data.items.length === 0 ? (
          <p>{t('ruptureSignals.empty')}</p>
        ) : (
          <ul className="notes" aria-label={t('ruptureSignals.listLabel')}>
            {signals.data.items.map((signal) => (
              <li key={signal.id}>
                <p>
                  <strong>{t(`ruptureSignals.kinds.${signal.kind}`)}</strong>{' '}
                  <span className={`badge${signal.active ? ' badge--asleep' : ''}`}>
                    {signal.active ? t('ruptureSignals.active') : t('ruptureSignals.inactive')}
                  </span>
                </p>
                <p className="muted">
                  {t('ruptureSignals.concerns', { party: nameOf(signal.concernsPartyId) })} ·{' '}
                  {t('ruptureSignals.on', { date: formatCalendarDate(signal.occursOn, i18n.language) })}
                </p>
                <p className="notes__body">{signal.note}</p>
                <p className="muted">
                  {t('ruptureSignals.recordedBy', { party: nameOf(signal.recordedBy) })}
                </p>
              </li>
            ))}
          </ul>
        ))}
      {abilities.canRecord && ownOrganisationId && (
        <FormDialog openLabel={t('ruptureSignals.form.title')} title={t('ruptureSignals.form.title')}>
          {(done) => (
            <RecordSignalForm
              partnershipId={partnershipId}
              sides={abilities.initiates ? parties : parties.filter((p) => p.id === ownOrganisationId)}
              initiates={abilities.initiates}
              defaultSide={ownOrganisationId}
              onDone={done}
            />
          )}
        </FormDialog>
      )}
    </section>
  );
}

function RecordSignalForm({
  partnershipId,
  sides,
  initiates,
  defaultSide,
  onDone,
}: {
  partnershipId: string;
  sides: readonly SignalParty[];
  initiates: boolean;
  defaultSide: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordRuptureSignal(partnershipId);
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<RuptureSignalKind>('election');
  const [side, setSide] = useState(defaultSide);
  const [occursOn, setOccursOn] = useState('');
  const [note, setNote] = useState('');
  useFocusFirstInvalidField(formRef, record.error);
  const errors = describeFormErrors(t, record.error, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { kind, concernsPartyId: side, occursOn, note: note.trim() };
    record.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: () => {
          keys.settle();
          onDone(t('ruptureSignals.form.recorded'));
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      noValidate
      aria-label={t('ruptureSignals.form.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('ruptureSignals.form.kind')} error={errors.fields['kind']}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={kind}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(RUPTURE_SIGNAL_KINDS, next)) setKind(next);
            }}
          >
            {RUPTURE_SIGNAL_KINDS.map((code) => (
              <option key={code} value={code}>
                {t(`ruptureSignals.kinds.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('ruptureSignals.form.side')}
        hint={initiates ? undefined : t('ruptureSignals.form.sideHelpPartner')}
        error={errors.fields['concernsPartyId']}
      >
        {(props) => (
          <select
            {...props}
            name="concernsPartyId"
            value={side}
            onChange={(event) => setSide(event.target.value)}
          >
            {sides.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('ruptureSignals.form.occursOn')} error={errors.fields['occursOn']}>
        {(props) => <DateInput {...props} name="occursOn" required value={occursOn} onChange={setOccursOn} />}
      </Field>
      <Field label={t('ruptureSignals.form.note')} error={errors.fields['note']}>
        {(props) => (
          <textarea
            {...props}
            name="note"
            rows={3}
            maxLength={2000}
            required
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t('ruptureSignals.form.submit')}
      </button>
    </form>
  );
}
