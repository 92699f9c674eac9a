import { TERRITORY_ACTOR_KINDS, type TerritoryActorKind } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../lib/is-one-of';
import { Field } from './form';

/**
 * Name and kind of a territory actor: the same two fields when an actor is filed in the directory and
 * when it is associated with a partnership by name. Labels are the caller's (the forms word them apart).
 */
export function ActorNameKindFields<T extends { name: string; kind: TerritoryActorKind }>({
  values,
  onChange,
  errors,
  labels,
}: {
  values: T;
  onChange: (change: Pick<T, 'name'> | Pick<T, 'kind'>) => void;
  errors: { name?: string; kind?: string };
  labels: { name: string; kind: string };
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={labels.name} error={errors.name}>
        {(props) => (
          <input
            {...props}
            name="name"
            maxLength={200}
            required
            autoComplete="off"
            value={values.name}
            onChange={(event) => onChange({ name: event.target.value } as Pick<T, 'name'>)}
          />
        )}
      </Field>
      <Field label={labels.kind} error={errors.kind}>
        {(props) => (
          <select
            {...props}
            name="kind"
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value;
              if (isOneOf(TERRITORY_ACTOR_KINDS, kind)) onChange({ kind } as Pick<T, 'kind'>);
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
    </>
  );
}
