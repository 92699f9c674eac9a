import type { TerritoryActorKind } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { ActorNameKindFields } from '../../../components/ui/actor-name-kind-fields';
import { Field } from '../../../components/ui/form';
import { problemCodeOf } from '../../../lib/api/problem';
import type { DirectoryActor } from '../api/list-territory-actors';

export interface ActorValues {
  name: string;
  kind: TerritoryActorKind;
  contact: string;
  notes: string;
}

export const EMPTY_ACTOR: ActorValues = { name: '', kind: 'association', contact: '', notes: '' };

const ACTOR_FIELDS = ['name', 'kind', 'contact', 'notes'] as const;

export function valuesOf(actor: DirectoryActor): ActorValues {
  return { name: actor.name, kind: actor.kind, contact: actor.contact, notes: actor.notes };
}

/** The values as the API takes them: trimmed. */
export function trimmed(values: ActorValues): ActorValues {
  return {
    name: values.name.trim(),
    kind: values.kind,
    contact: values.contact.trim(),
    notes: values.notes.trim(),
  };
}

/** A failed save: a name already in the directory is said beside the name, the rest as usual. */
export function describeActorErrors(t: TFunction, error: unknown): FormErrors {
  if (problemCodeOf(error) === 'TERRITORY_ACTOR.DUPLICATE_NAME') {
    const message = describeError(t, error);
    return { fields: { name: message }, form: message };
  }
  return describeFormErrors(t, error, ACTOR_FIELDS);
}

/** The fields of an actor, shared by the add form and the inline edit. */
export function ActorFields({
  values,
  setValues,
  errors,
}: {
  values: ActorValues;
  setValues: Dispatch<SetStateAction<ActorValues>>;
  errors: FormErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="form__row">
        <ActorNameKindFields
          values={values}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          errors={errors.fields}
          labels={{ name: t('territoryActorDirectory.name'), kind: t('territoryActorDirectory.kind') }}
        />
      </div>
      <Field
        label={t('territoryActorDirectory.contact')}
        hint={t('territoryActorDirectory.contactHint')}
        error={errors.fields.contact}
      >
        {(props) => (
          <input
            {...props}
            name="contact"
            maxLength={300}
            autoComplete="off"
            value={values.contact}
            onChange={(event) => setValues((current) => ({ ...current, contact: event.target.value }))}
          />
        )}
      </Field>
      <Field label={t('territoryActorDirectory.notes')} error={errors.fields.notes}>
        {(props) => (
          <textarea
            {...props}
            name="notes"
            rows={3}
            maxLength={4000}
            value={values.notes}
            onChange={(event) => setValues((current) => ({ ...current, notes: event.target.value }))}
          />
        )}
      </Field>
    </>
  );
}
