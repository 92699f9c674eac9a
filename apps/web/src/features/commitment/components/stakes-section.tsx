import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { Commitment } from '../api/get-commitment';
import { useRecordStake } from '../api/record-stake';
import { SectionPanel } from './section-panel';

/** The territory's stakes (enjeux), and whether cooperation can be a lever for each. */
export function StakesSection({
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
    <SectionPanel section="stakes" title={t('stakes.title')}>
      <p className="muted">{t('stakes.intro')}</p>
      {commitment.stakes.length === 0 ? (
        <p>{t('stakes.empty')}</p>
      ) : (
        <ul className="records">
          {commitment.stakes.map((stake) => (
            <li key={stake.id} className="record">
              <p className="record__body">{stake.title}</p>
              <p className="record__meta">
                {stake.cooperationCanBeLever ? (
                  <span className="badge badge--lever">{t('stakes.lever')}</span>
                ) : (
                  <span className="muted">{t('stakes.notLever')}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <FormDialog openLabel={t('stakes.open')} title={t('stakes.formLabel')}>
          {(done) => <RecordStakeForm partnershipId={partnershipId} onDone={done} />}
        </FormDialog>
      )}
    </SectionPanel>
  );
}

function RecordStakeForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordStake(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const leverId = useId();
  const [title, setTitle] = useState('');
  const [lever, setLever] = useState(false);
  useFocusFirstInvalidField(formRef, record.error);
  const errors = describeFormErrors(t, record.error, ['title', 'cooperationCanBeLever']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(
      { title: title.trim(), cooperationCanBeLever: lever },
      { onSuccess: () => onDone(t('stakes.added')) },
    );
  };
  return (
    <form ref={formRef} className="form" onSubmit={submit} aria-label={t('stakes.formLabel')} noValidate>
      <FormAlert message={errors.form} />
      <Field label={t('stakes.stake')} hint={t('stakes.stakeHint')} error={errors.fields.title}>
        {(props) => (
          <input
            {...props}
            name="title"
            maxLength={300}
            required
            autoComplete="off"
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        )}
      </Field>
      <div className="field field--checkbox">
        <input
          id={leverId}
          type="checkbox"
          name="cooperationCanBeLever"
          checked={lever}
          onChange={(event) => setLever(event.target.checked)}
        />
        <label htmlFor={leverId}>{t('stakes.canBeLever')}</label>
      </div>
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t('stakes.add')}
      </button>
    </form>
  );
}
