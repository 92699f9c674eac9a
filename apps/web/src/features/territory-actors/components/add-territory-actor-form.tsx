import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { useCreateTerritoryActor } from '../api/create-territory-actor';
import { ActorFields, describeActorErrors, EMPTY_ACTOR, trimmed, type ActorValues } from './actor-fields';

/** Files a new actor in the organisation's directory; a name already there (in any case) is refused. */
export function AddTerritoryActorForm() {
  const { t } = useTranslation();
  const titleId = useId();
  const create = useCreateTerritoryActor();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ActorValues>(EMPTY_ACTOR);
  useFocusFirstInvalidField(formRef, create.error);
  const errors = describeActorErrors(t, create.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(trimmed(values), { onSuccess: () => setValues(EMPTY_ACTOR) });
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('territoryActorDirectory.addTitle')}</h2>
      <form ref={formRef} className="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
        <FormAlert message={errors.form} />
        <FormSuccess
          message={
            create.isSuccess ? t('territoryActorDirectory.added', { name: create.data.name }) : undefined
          }
        />
        <ActorFields values={values} setValues={setValues} errors={errors} />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('territoryActorDirectory.add')}
        </button>
      </form>
    </section>
  );
}
