import {
  ACTOR_INVOLVEMENTS,
  TERRITORY_ACTOR_KINDS,
  type ActorInvolvement,
  type TerritoryActorKind,
} from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { isOneOf } from '../../../lib/is-one-of';
import { useAssociateTerritoryActor } from '../api/associate-territory-actor';
import type { Commitment, TerritoryActor } from '../api/get-commitment';
import { useRecordConsultation } from '../api/record-consultation';
import { SectionPanel } from './section-panel';

/**
 * The territory's actors (associations, schools, diaspora…) and how they take part. An actor counts as
 * associated once a dated consultation on the approach is recorded.
 */
export function TerritoryActorsSection({
  partnershipId,
  commitment,
  canWrite,
}: {
  partnershipId: string;
  commitment: Commitment;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SectionPanel section="territoryActors" title={t('territoryActors.title')}>
      <p className="muted">{t('territoryActors.intro')}</p>
      {commitment.territoryActors.length === 0 ? (
        <p>{t('territoryActors.empty')}</p>
      ) : (
        <ul className="records">
          {commitment.territoryActors.map((actor) => (
            <TerritoryActorItem
              key={actor.id}
              partnershipId={partnershipId}
              actor={actor}
              canWrite={canWrite}
            />
          ))}
        </ul>
      )}
      {canWrite && <AssociateTerritoryActorForm partnershipId={partnershipId} />}
    </SectionPanel>
  );
}

function TerritoryActorItem({
  partnershipId,
  actor,
  canWrite,
}: {
  partnershipId: string;
  actor: TerritoryActor;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="record">
      <h3 className="record__title">{actor.name}</h3>
      <p className="record__meta">
        {t(`actorKinds.${actor.kind}`)} · {t(`actorInvolvements.${actor.involvement}`)}
      </p>
      {actor.consultations.length === 0 ? (
        <p className="muted">{t('territoryActors.noConsultation')}</p>
      ) : (
        <ul className="consultations" aria-label={t('territoryActors.consultationsOf', { name: actor.name })}>
          {actor.consultations.map((consultation, index) => (
            <li key={`${consultation.on}-${index}`}>
              <time dateTime={consultation.on}>{formatCalendarDate(consultation.on, i18n.language)}</time>
              {' — '}
              {consultation.summary}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <RecordConsultationForm partnershipId={partnershipId} actor={actor} />}
    </li>
  );
}

interface ActorValues {
  name: string;
  kind: TerritoryActorKind;
  involvement: ActorInvolvement;
}

const EMPTY_ACTOR: ActorValues = { name: '', kind: 'association', involvement: 'consulted' };

function AssociateTerritoryActorForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const associate = useAssociateTerritoryActor(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const titleId = useId();
  const [values, setValues] = useState<ActorValues>(EMPTY_ACTOR);
  useFocusFirstInvalidField(formRef, associate.error);
  const errors = describeFormErrors(t, associate.error, ['name', 'kind', 'involvement']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    associate.mutate({ ...values, name: values.name.trim() }, { onSuccess: () => setValues(EMPTY_ACTOR) });
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t('territoryActors.addTitle')}</h3>
      <FormAlert message={errors.form} />
      <FormSuccess message={associate.isSuccess ? t('territoryActors.added') : undefined} />
      <Field label={t('territoryActors.name')} error={errors.fields.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            maxLength={200}
            required
            autoComplete="off"
            value={values.name}
            onChange={(event) => setValues((current) => ({ ...current, name: event.target.value }))}
          />
        )}
      </Field>
      <Field label={t('territoryActors.kind')} error={errors.fields.kind}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value;
              if (isOneOf(TERRITORY_ACTOR_KINDS, kind)) setValues((current) => ({ ...current, kind }));
            }}
          >
            {TERRITORY_ACTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`actorKinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('territoryActors.involvement')} error={errors.fields.involvement}>
        {(props) => (
          <select
            {...props}
            name="involvement"
            value={values.involvement}
            onChange={(event) => {
              const involvement = event.target.value;
              if (isOneOf(ACTOR_INVOLVEMENTS, involvement))
                setValues((current) => ({ ...current, involvement }));
            }}
          >
            {ACTOR_INVOLVEMENTS.map((involvement) => (
              <option key={involvement} value={involvement}>
                {t(`actorInvolvements.${involvement}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={associate.isPending}>
        {t('territoryActors.add')}
      </button>
    </form>
  );
}

/** A dated consultation of one actor on the approach; the form is named after the actor. */
function RecordConsultationForm({ partnershipId, actor }: { partnershipId: string; actor: TerritoryActor }) {
  const { t } = useTranslation();
  const record = useRecordConsultation(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState('');
  const [summary, setSummary] = useState('');
  useFocusFirstInvalidField(formRef, record.error);
  const errors = describeFormErrors(t, record.error, ['on', 'summary']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(
      { actorId: actor.id, on, summary: summary.trim() },
      {
        onSuccess: () => {
          setOn('');
          setSummary('');
        },
      },
    );
  };
  return (
    <form
      ref={formRef}
      className="form form--nested"
      onSubmit={submit}
      aria-label={t('territoryActors.consultationFormLabel', { name: actor.name })}
      noValidate
    >
      <FormAlert message={errors.form} />
      <FormSuccess message={record.isSuccess ? t('territoryActors.consultationAdded') : undefined} />
      <div className="form__row">
        <Field label={t('territoryActors.consultationOn')} error={errors.fields.on}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="on"
              required
              value={on}
              onChange={(event) => setOn(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('territoryActors.consultationSummary')} error={errors.fields.summary}>
          {(props) => (
            <textarea
              {...props}
              name="summary"
              rows={2}
              maxLength={2000}
              required
              value={summary}
              onChange={(event) => setSummary(event.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="submit" className="button" disabled={record.isPending}>
        {t('territoryActors.recordConsultation')}
      </button>
    </form>
  );
}
