import type { OrganisationKind } from '@passerelle/domain';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName } from '../../../components/ui/country-name';
import { describeFormErrors } from '../../../components/ui/error-text';
import { AuthorityProfileFields } from '../../../components/ui/authority-profile-fields';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { defaultTimeZone, parseLanguageList } from '../../../components/ui/time-zones';
import { problemCodeOf } from '../../../lib/api/problem';
import { commitmentPath } from '../../../lib/partnership-paths';
import type { Candidate } from '../api/get-candidates';
import { useInviteCandidate } from '../api/invite-candidate';

const FIELDS = ['email', 'organisation.kind', 'organisation.languages', 'organisation.timeZone'] as const;

interface Values {
  email: string;
  kind: OrganisationKind;
  languages: string;
  timeZone: string;
}

/**
 * The proposed candidate agreed: its contact receives the partner invitation. The authority is named and
 * located as in the pipeline; it becomes a party once it accepts. Opening the form moves the focus to it.
 */
export function InviteCandidateForm({
  id,
  partnershipId,
  candidate,
  onInvited,
  onCancel,
}: {
  id: string;
  partnershipId: string;
  candidate: Candidate;
  onInvited: (email: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const invite = useInviteCandidate(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [values, setValues] = useState<Values>(() => ({
    email: '',
    kind: 'commune',
    languages: '',
    timeZone: defaultTimeZone(),
  }));
  useEffect(() => titleRef.current?.focus(), []);
  useFocusFirstInvalidField(formRef, invite.error);
  const errors = describeFormErrors(t, invite.error, FIELDS);
  const set = (name: 'email') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = values.email.trim();
    invite.mutate(
      {
        candidateId: candidate.id,
        email,
        organisation: {
          name: candidate.name,
          kind: values.kind,
          countryCode: candidate.countryCode,
          languages: parseLanguageList(values.languages),
          timeZone: values.timeZone.trim(),
        },
      },
      { onSuccess: () => onInvited(email) },
    );
  };
  return (
    <section id={id} className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>
        {t('partnerSearch.inviteTitle', { name: candidate.name })}
      </h2>
      <p className="muted">{t('partnerSearch.inviteIntro')}</p>
      <p>
        {t('partnerSearch.inviteAuthority', {
          name: candidate.name,
          country: countryName(candidate.countryCode, i18n.language),
        })}
      </p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormAlert message={errors.form} />
        {problemCodeOf(invite.error) === 'PARTNER_SEARCH.COMMITMENT_NOT_BUILT' && (
          <p className="link-line">
            <Link to={commitmentPath(partnershipId, 'motivations')}>
              {t('partnerSearch.commitmentFirst')}
            </Link>
          </p>
        )}
        <Field label={t('partnerSearch.inviteEmail')} error={errors.fields.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              name="email"
              required
              autoComplete="off"
              value={values.email}
              onChange={set('email')}
            />
          )}
        </Field>
        <AuthorityProfileFields
          values={values}
          onChange={(profile) => setValues((current) => ({ ...current, ...profile }))}
          errors={errors.fields}
          labels={{
            kind: t('partnerSearch.inviteKind'),
            languages: t('partnerSearch.inviteLanguages'),
            languagesHint: t('partnerSearch.inviteLanguagesHint'),
            timeZone: t('partnerSearch.inviteTimeZone'),
            timeZoneHint: t('partnerSearch.inviteTimeZoneHint'),
          }}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            {t('partnerSearch.inviteSubmit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
