import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { DirectoryActor } from '../api/list-territory-actors';
import { useUpdateTerritoryActor } from '../api/update-territory-actor';
import { ActorFields, describeActorErrors, trimmed, valuesOf, type ActorValues } from './actor-fields';

/**
 * One actor of the directory; those who may write edit it in place. The edit carries the version read: if
 * someone changed the actor meanwhile, the API refuses, the list is reloaded and the form starts again from
 * the actor as it now is.
 */
export function TerritoryActorItem({ actor, canWrite }: { actor: DirectoryActor; canWrite: boolean }) {
  const { t } = useTranslation();
  const nameId = useId();
  const update = useUpdateTerritoryActor();
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();

  useEffect(() => {
    if (editing || !restoreFocus.current) return;
    restoreFocus.current = false;
    editButtonRef.current?.focus();
  }, [editing]);

  const close = () => {
    restoreFocus.current = true;
    update.reset();
    setEditing(false);
  };

  return (
    <li className="record">
      <article aria-labelledby={nameId}>
        <h3 id={nameId} className="record__title">
          {actor.name}
        </h3>
        <p className="record__meta">{t(`actorKinds.${actor.kind}`)}</p>
        {actor.contact && <p>{t('territoryActorDirectory.contactOf', { contact: actor.contact })}</p>}
        {actor.notes && <p className="record__body">{actor.notes}</p>}
        {canWrite && <FormSuccess message={saved} />}
        {canWrite &&
          (editing ? (
            <EditTerritoryActorForm
              // The actor reloaded after a refusal (a new version) starts the form again from its values.
              key={actor.version}
              actor={actor}
              update={update}
              onCancel={close}
              onSaved={(name) => {
                setSaved(t('territoryActorDirectory.saved', { name }));
                close();
              }}
            />
          ) : (
            <div className="actions">
              <button
                ref={editButtonRef}
                type="button"
                className="button button--small"
                aria-label={t('territoryActorDirectory.editLabel', { name: actor.name })}
                onClick={() => {
                  setSaved(undefined);
                  setEditing(true);
                }}
              >
                {t('territoryActorDirectory.edit')}
              </button>
            </div>
          ))}
      </article>
    </li>
  );
}

function EditTerritoryActorForm({
  actor,
  update,
  onCancel,
  onSaved,
}: {
  actor: DirectoryActor;
  update: ReturnType<typeof useUpdateTerritoryActor>;
  onCancel: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ActorValues>(() => valuesOf(actor));
  useFocusFirstInvalidField(formRef, update.error);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const errors = describeActorErrors(t, update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(
      { actorId: actor.id, version: actor.version, ...trimmed(values) },
      { onSuccess: (updated) => onSaved(updated.name) },
    );
  };
  return (
    <form
      ref={formRef}
      className="form form--nested"
      onSubmit={submit}
      aria-label={t('territoryActorDirectory.editLabel', { name: actor.name })}
      noValidate
    >
      <FormAlert message={errors.form} />
      <ActorFields values={values} setValues={setValues} errors={errors} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {t('territoryActorDirectory.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
