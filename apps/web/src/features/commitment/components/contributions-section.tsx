import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import type { Commitment } from '../api/get-commitment';
import { useRecordContribution } from '../api/record-contribution';
import { SectionPanel } from './section-panel';

/** What the territory can bring to a partner: cooperation of mutual interest, not only what one expects. */
export function ContributionsSection({
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
    <SectionPanel section="contributions" title={t('contributions.title')}>
      <p className="muted">{t('contributions.intro')}</p>
      {commitment.contributions.length === 0 ? (
        <p>{t('contributions.empty')}</p>
      ) : (
        <ul className="records">
          {commitment.contributions.map((contribution) => (
            <li key={contribution.id} className="record">
              <p className="record__body">{contribution.title}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <FormDialog openLabel={t('contributions.open')} title={t('contributions.formLabel')}>
          {(done) => <RecordContributionForm partnershipId={partnershipId} onDone={done} />}
        </FormDialog>
      )}
    </SectionPanel>
  );
}

function RecordContributionForm({
  partnershipId,
  onDone,
}: {
  partnershipId: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordContribution(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [title, setTitle] = useState('');
  useFocusFirstInvalidField(formRef, record.error);
  const errors = describeFormErrors(t, record.error, ['title']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate({ title: title.trim() }, { onSuccess: () => onDone(t('contributions.added')) });
  };
  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={submit}
      aria-label={t('contributions.formLabel')}
      noValidate
    >
      <FormAlert message={errors.form} />
      <Field
        label={t('contributions.contribution')}
        hint={t('contributions.hint')}
        error={errors.fields.title}
      >
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
      <button type="submit" className="button button--primary" disabled={record.isPending}>
        {t('contributions.add')}
      </button>
    </form>
  );
}
