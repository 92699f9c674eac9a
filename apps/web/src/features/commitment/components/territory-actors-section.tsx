import { ACTOR_INVOLVEMENTS, type ActorInvolvement, type TerritoryActorKind } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError, describeFormErrors } from '../../../components/ui/error-text';
import { ActorNameKindFields } from '../../../components/ui/actor-name-kind-fields';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { isOneOf } from '../../../lib/is-one-of';
import { TERRITORY_ACTORS_PATH } from '../../../lib/partnership-paths';
import { useAssociateTerritoryActor } from '../api/associate-territory-actor';
import { useDirectoryActors, type DirectoryActor } from '../api/get-directory-actors';
import type { Commitment, TerritoryActor } from '../api/get-commitment';
import { useRecordConsultation } from '../api/record-consultation';
import { SectionPanel } from './section-panel';
import { DateInput } from '../../../components/ui/date-input';

/**
 * The territory's actors (associations, schools, diaspora…) and how they take part. An actor counts as
 * associated once a dated consultation on the approach is recorded. Actors come from the organisation's
 * directory, or are filed there when associated by name.
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
      {canWrite && (
        <AssociateTerritoryActor partnershipId={partnershipId} associated={commitment.territoryActors} />
      )}
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
      {canWrite && (
        <FormDialog
          openLabel={t('territoryActors.consultationOpen')}
          openName={t('territoryActors.consultationOpenFor', { name: actor.name })}
          title={t('territoryActors.consultationFormLabel', { name: actor.name })}
        >
          {(done) => <RecordConsultationForm partnershipId={partnershipId} actor={actor} onDone={done} />}
        </FormDialog>
      )}
    </li>
  );
}

/** Step 1's wording of a second association of the same actor, whichever form asked for it. */
function useAssociationOverrides() {
  const { t } = useTranslation();
  return { 'RECORD.DUPLICATE_ID': t('territoryActors.alreadyAssociated') } as const;
}

/**
 * Associates an actor: one of the organisation's directory not yet associated with this partnership, or a
 * new one by name (filed in the directory at the same time). Each way is its own act, opening its own form.
 */
function AssociateTerritoryActor({
  partnershipId,
  associated,
}: {
  partnershipId: string;
  associated: readonly TerritoryActor[];
}) {
  const { t } = useTranslation();
  return (
    <div className="form-dialogs">
      <FormDialog
        openLabel={t('territoryActors.fromDirectoryOpen')}
        title={t('territoryActors.fromDirectoryOpen')}
      >
        {(done) => (
          <AssociateDirectoryActorForm partnershipId={partnershipId} associated={associated} onDone={done} />
        )}
      </FormDialog>
      <FormDialog
        openLabel={t('territoryActors.newActorOpen')}
        title={t('territoryActors.newActorOpen')}
        description={t('territoryActors.newActorHint')}
      >
        {(done) => <AssociateNewActorForm partnershipId={partnershipId} onDone={done} />}
      </FormDialog>
    </div>
  );
}

/** The directory's actors this partnership does not have yet (same entry, or same name for older ones). */
function notYetAssociated(actors: readonly DirectoryActor[], associated: readonly TerritoryActor[]) {
  const ids = new Set(associated.map((actor) => actor.id));
  const names = new Set(associated.map((actor) => actor.name.trim().toLocaleLowerCase()));
  return actors.filter((actor) => !ids.has(actor.id) && !names.has(actor.name.trim().toLocaleLowerCase()));
}

function InvolvementField({
  value,
  error,
  onChange,
}: {
  value: ActorInvolvement;
  error: string | undefined;
  onChange: (involvement: ActorInvolvement) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('territoryActors.involvement')} error={error}>
      {(props) => (
        <select
          {...props}
          name="involvement"
          value={value}
          onChange={(event) => {
            const involvement = event.target.value;
            if (isOneOf(ACTOR_INVOLVEMENTS, involvement)) onChange(involvement);
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
  );
}

const DEFAULT_INVOLVEMENT: ActorInvolvement = 'consulted';

function AssociateDirectoryActorForm({
  partnershipId,
  associated,
  onDone,
}: {
  partnershipId: string;
  associated: readonly TerritoryActor[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const directory = useDirectoryActors();
  const associate = useAssociateTerritoryActor(partnershipId);
  const overrides = useAssociationOverrides();
  const formRef = useRef<HTMLFormElement>(null);
  const label = t('territoryActors.fromDirectoryOpen');
  const [directoryActorId, setDirectoryActorId] = useState('');
  const [involvement, setInvolvement] = useState<ActorInvolvement>(DEFAULT_INVOLVEMENT);
  const [missingActor, setMissingActor] = useState<object | undefined>();
  useFocusFirstInvalidField(formRef, associate.error ?? missingActor);
  const errors = describeFormErrors(t, associate.error, ['directoryActorId', 'involvement'], overrides);
  const actorError = missingActor ? t('validation.required') : errors.fields.directoryActorId;
  const formError = missingActor ? t('validation.summary') : errors.form;

  if (directory.isPending) return <p role="status">{t('common.loading')}</p>;
  if (directory.isError) return <p role="alert">{describeError(t, directory.error)}</p>;
  const choices = notYetAssociated(directory.data, associated);
  if (choices.length === 0)
    return (
      <div>
        <p className="muted">{t('territoryActors.directoryEmpty')}</p>
        <p className="link-line">
          <Link to={TERRITORY_ACTORS_PATH}>{t('territoryActors.directoryLink')}</Link>
        </p>
      </div>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    associate.reset();
    if (!directoryActorId) {
      setMissingActor({});
      return;
    }
    setMissingActor(undefined);
    associate.mutate(
      { directoryActorId, involvement },
      { onSuccess: () => onDone(t('territoryActors.added')) },
    );
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} aria-label={label} noValidate>
      <FormAlert message={formError} />
      <Field label={t('territoryActors.directoryActor')} error={actorError}>
        {(props) => (
          <select
            {...props}
            name="directoryActorId"
            required
            value={directoryActorId}
            onChange={(event) => {
              setDirectoryActorId(event.target.value);
              setMissingActor(undefined);
            }}
          >
            <option value="">{t('territoryActors.chooseActor')}</option>
            {choices.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {t('territoryActors.directoryActorOption', {
                  name: actor.name,
                  kind: t(`actorKinds.${actor.kind}`),
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <InvolvementField value={involvement} error={errors.fields.involvement} onChange={setInvolvement} />
      <button type="submit" className="button button--primary" disabled={associate.isPending}>
        {t('territoryActors.add')}
      </button>
    </form>
  );
}

interface ActorValues {
  name: string;
  kind: TerritoryActorKind;
  involvement: ActorInvolvement;
}

const EMPTY_ACTOR: ActorValues = { name: '', kind: 'association', involvement: DEFAULT_INVOLVEMENT };

function AssociateNewActorForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const associate = useAssociateTerritoryActor(partnershipId);
  const overrides = useAssociationOverrides();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ActorValues>(EMPTY_ACTOR);
  useFocusFirstInvalidField(formRef, associate.error);
  const errors = describeFormErrors(t, associate.error, ['name', 'kind', 'involvement'], overrides);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    associate.mutate(
      { ...values, name: values.name.trim() },
      { onSuccess: () => onDone(t('territoryActors.added')) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      aria-label={t('territoryActors.newActorOpen')}
      noValidate
    >
      <FormAlert message={errors.form} />
      <ActorNameKindFields
        values={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
        errors={errors.fields}
        labels={{ name: t('territoryActors.name'), kind: t('territoryActors.kind') }}
      />
      <InvolvementField
        value={values.involvement}
        error={errors.fields.involvement}
        onChange={(involvement) => setValues((current) => ({ ...current, involvement }))}
      />
      <button type="submit" className="button button--primary" disabled={associate.isPending}>
        {t('territoryActors.add')}
      </button>
    </form>
  );
}

/** A dated consultation of one actor on the approach; the form is named after the actor. */
function RecordConsultationForm({
  partnershipId,
  actor,
  onDone,
}: {
  partnershipId: string;
  actor: TerritoryActor;
  onDone: (message: string) => void;
}) {
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
      { onSuccess: () => onDone(t('territoryActors.consultationAdded')) },
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
      <div className="form__row">
        <Field label={t('territoryActors.consultationOn')} error={errors.fields.on}>
          {(props) => <DateInput {...props} name="on" required value={on} onChange={setOn} />}
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
