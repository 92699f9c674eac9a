import { ORGANISATION_KINDS, type OrganisationKind } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { defaultTimeZone, knownTimeZones, parseLanguageList } from '../../../components/ui/time-zones';
import { isOneOf } from '../../../lib/is-one-of';
import { useInvitePartner } from '../api/invite-partner';

const FIELDS = [
  'email',
  'organisation.name',
  'organisation.kind',
  'organisation.countryCode',
  'organisation.languages',
  'organisation.timeZone',
] as const;

interface Values {
  email: string;
  name: string;
  kind: OrganisationKind;
  countryCode: string;
  languages: string;
  timeZone: string;
}

/** Invites another authority (by its contact's e-mail) to join the partnership; its account is created then. */
export function InvitePartnerForm({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const invite = useInvitePartner(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const listId = useId();
  const [timeZones] = useState(knownTimeZones);
  const empty: Values = {
    email: '',
    name: '',
    kind: 'commune',
    countryCode: '',
    languages: '',
    timeZone: defaultTimeZone(),
  };
  const [values, setValues] = useState<Values>(empty);
  useFocusFirstInvalidField(formRef, invite.error);
  const errors = describeFormErrors(t, invite.error, FIELDS);
  const set = (name: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    invite.mutate(
      {
        email: values.email.trim(),
        organisation: {
          name: values.name.trim(),
          kind: values.kind,
          countryCode: values.countryCode.trim().toUpperCase(),
          languages: parseLanguageList(values.languages),
          timeZone: values.timeZone.trim(),
        },
      },
      { onSuccess: () => setValues(empty) },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <FormSuccess
        message={invite.isSuccess ? t('invitePartner.sent', { email: invite.data.email }) : undefined}
      />
      <Field label={t('invitePartner.email')} error={errors.fields.email}>
        {(props) => (
          <input
            {...props}
            type="email"
            name="email"
            autoComplete="off"
            required
            value={values.email}
            onChange={set('email')}
          />
        )}
      </Field>
      <Field label={t('invitePartner.name')} error={errors.fields['organisation.name']}>
        {(props) => (
          <input
            {...props}
            name="organisationName"
            required
            maxLength={200}
            value={values.name}
            onChange={set('name')}
          />
        )}
      </Field>
      <Field label={t('invitePartner.kind')} error={errors.fields['organisation.kind']}>
        {(props) => (
          <select
            {...props}
            name="organisationKind"
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value;
              if (isOneOf(ORGANISATION_KINDS, kind)) setValues((current) => ({ ...current, kind }));
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
      <Field
        label={t('invitePartner.countryCode')}
        hint={t('invitePartner.countryCodeHint')}
        error={errors.fields['organisation.countryCode']}
      >
        {(props) => (
          <input
            {...props}
            name="countryCode"
            required
            maxLength={2}
            autoComplete="off"
            className="input--short"
            value={values.countryCode}
            onChange={set('countryCode')}
          />
        )}
      </Field>
      <Field
        label={t('invitePartner.languages')}
        hint={t('invitePartner.languagesHint')}
        error={errors.fields['organisation.languages']}
      >
        {(props) => (
          <input
            {...props}
            name="languages"
            required
            autoComplete="off"
            value={values.languages}
            onChange={set('languages')}
          />
        )}
      </Field>
      <Field
        label={t('invitePartner.timeZone')}
        hint={t('invitePartner.timeZoneHint')}
        error={errors.fields['organisation.timeZone']}
      >
        {(props) => (
          <input
            {...props}
            name="timeZone"
            required
            autoComplete="off"
            list={timeZones.length > 0 ? listId : undefined}
            value={values.timeZone}
            onChange={set('timeZone')}
          />
        )}
      </Field>
      {timeZones.length > 0 && (
        <datalist id={listId}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      )}
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('invitePartner.submit')}
      </button>
    </form>
  );
}
