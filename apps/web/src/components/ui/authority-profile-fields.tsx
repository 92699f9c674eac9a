import { ORGANISATION_KINDS, type OrganisationKind } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../lib/is-one-of';
import { Field } from './form';
import { TimeZoneSelect } from './time-zone-select';

export interface AuthorityProfileValues {
  kind: OrganisationKind;
  /** Comma-separated BCP 47 tags, as typed. */
  languages: string;
  timeZone: string;
}

/**
 * Kind, languages and time zone of an authority being invited: the same three fields wherever a partner
 * authority is invited (from the partnership page or from the partner search). Errors come by API field
 * name (`organisation.kind`…).
 */
export function AuthorityProfileFields({
  values,
  onChange,
  errors,
  labels,
}: {
  values: AuthorityProfileValues;
  onChange: (values: AuthorityProfileValues) => void;
  errors: Partial<Record<'organisation.kind' | 'organisation.languages' | 'organisation.timeZone', string>>;
  labels: { kind: string; languages: string; languagesHint: string; timeZone: string; timeZoneHint: string };
}) {
  const { t } = useTranslation();
  const setLanguages = (event: { target: { value: string } }) =>
    onChange({ ...values, languages: event.target.value });
  return (
    <>
      <Field label={labels.kind} error={errors['organisation.kind']}>
        {(props) => (
          <select
            {...props}
            name="organisationKind"
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value;
              if (isOneOf(ORGANISATION_KINDS, kind)) onChange({ ...values, kind });
            }}
          >
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`organisationKinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={labels.languages} hint={labels.languagesHint} error={errors['organisation.languages']}>
        {(props) => (
          <input
            {...props}
            name="languages"
            required
            autoComplete="off"
            value={values.languages}
            onChange={setLanguages}
          />
        )}
      </Field>
      <Field label={labels.timeZone} hint={labels.timeZoneHint} error={errors['organisation.timeZone']}>
        {(props) => (
          <TimeZoneSelect
            control={props}
            name="timeZone"
            value={values.timeZone}
            onChange={(timeZone) => onChange({ ...values, timeZone })}
          />
        )}
      </Field>
    </>
  );
}
