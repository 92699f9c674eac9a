import type { OrganisationKind } from '@passerelle/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { AuthorityProfileFields } from '../../../components/ui/authority-profile-fields';
import { CountrySelect } from '../../../components/ui/country-select';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { defaultTimeZone, parseLanguageList } from '../../../components/ui/time-zones';
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

/**
 * Invites another authority (by its contact's e-mail) to join the partnership; its account is created then.
 * `onDone` says to whom the invitation went.
 */
export function InvitePartnerForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const invite = useInvitePartner(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
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
      { onSuccess: (sent) => onDone(t('invitePartner.sent', { email: sent.email })) },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label={t('invitePartner.title')}>
      <FormAlert message={errors.form} />
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
      <Field label={t('invitePartner.countryCode')} error={errors.fields['organisation.countryCode']}>
        {(props) => (
          <CountrySelect
            control={props}
            name="countryCode"
            required
            value={values.countryCode}
            onChange={(countryCode) => setValues((current) => ({ ...current, countryCode }))}
            emptyLabel={t('invitePartner.countryChoose')}
          />
        )}
      </Field>
      <AuthorityProfileFields
        values={values}
        onChange={(profile) => setValues((current) => ({ ...current, ...profile }))}
        errors={errors.fields}
        labels={{
          kind: t('invitePartner.kind'),
          languages: t('invitePartner.languages'),
          languagesHint: t('invitePartner.languagesHint'),
          timeZone: t('invitePartner.timeZone'),
          timeZoneHint: t('invitePartner.timeZoneHint'),
        }}
      />
      <button type="submit" className="button button--primary" disabled={invite.isPending}>
        {t('invitePartner.submit')}
      </button>
    </form>
  );
}
