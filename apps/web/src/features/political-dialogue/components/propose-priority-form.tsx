import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors, type FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { Stake } from '../api/get-own-stakes';
import { useProposePriority } from '../api/propose-priority';

const FIELDS = ['title', 'stakeIds'] as const;

const TITLE_MAX = 300;

/**
 * « Proposer une priorité »: its title and the stakes of the viewer's territory (step 1) it answers. The
 * viewer's party agrees to it by proposing it; each other party then gives its own agreement.
 */
export function ProposePriorityForm({
  partnershipId,
  version,
  ownPartyName,
  otherParties,
  stakes,
}: {
  partnershipId: string;
  version: number;
  ownPartyName: string;
  /** The other parties' names, for the sentences. */
  otherParties: string;
  stakes: readonly Stake[];
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const stakesHintId = useId();
  const stakesErrorId = useId();
  const propose = useProposePriority(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  const [stakeIds, setStakeIds] = useState<string[]>([]);
  const [local, setLocal] = useState<{ errors: FormErrors } | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  useFocusFirstInvalidField(formRef, local ?? propose.error);
  const errors =
    local?.errors ??
    describeFormErrors(t, propose.error, FIELDS, { 'RESOURCE.CONFLICT': t('politicalDialogue.conflict') });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNotice(undefined);
    const cleanTitle = title.trim();
    if (!cleanTitle) {
      propose.reset();
      setLocal({
        errors: {
          fields: { title: t('politicalDialogue.priorityForm.titleRequired') },
          form: t('validation.summary'),
        },
      });
      return;
    }
    setLocal(undefined);
    propose.mutate(
      { version, title: cleanTitle, stakeIds },
      {
        onSuccess: () => {
          setNotice(t('politicalDialogue.priorityForm.done', { title: cleanTitle, parties: otherParties }));
          setTitle('');
          setStakeIds([]);
        },
      },
    );
  };

  const stakesError = errors.fields.stakeIds;
  return (
    <form ref={formRef} className="form form--nested" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId}>{t('politicalDialogue.priorityForm.title')}</h3>
      <p className="field__hint">
        {t('politicalDialogue.priorityForm.hint', { party: ownPartyName, parties: otherParties })}
      </p>
      <FormAlert message={errors.form} />
      <FormSuccess message={notice} />
      <Field
        label={t('politicalDialogue.priorityForm.titleLabel')}
        hint={t('politicalDialogue.priorityForm.titleHint')}
        error={errors.fields.title}
      >
        {(props) => (
          <input
            {...props}
            name="title"
            required
            maxLength={TITLE_MAX}
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <fieldset
        className={`field${stakesError ? ' field--invalid' : ''}`}
        aria-describedby={[stakesHintId, stakesError ? stakesErrorId : undefined].filter(Boolean).join(' ')}
      >
        <legend>{t('politicalDialogue.priorityForm.stakes')}</legend>
        <p id={stakesHintId} className="field__hint">
          {t('politicalDialogue.priorityForm.stakesHint')}
        </p>
        {stakes.length === 0 && <p className="muted">{t('politicalDialogue.priorityForm.noStakes')}</p>}
        {stakes.map((stake) => (
          <label key={stake.id} className="field--checkbox">
            <input
              type="checkbox"
              checked={stakeIds.includes(stake.id)}
              {...(stakesError ? { 'aria-invalid': true as const } : {})}
              onChange={(event) => {
                const checked = event.target.checked;
                setStakeIds((current) =>
                  checked ? [...current, stake.id] : current.filter((id) => id !== stake.id),
                );
              }}
            />{' '}
            {stake.title}
          </label>
        ))}
        {stakesError && (
          <p id={stakesErrorId} className="field__error">
            {stakesError}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={propose.isPending}>
        {t('politicalDialogue.priorityForm.submit')}
      </button>
    </form>
  );
}
