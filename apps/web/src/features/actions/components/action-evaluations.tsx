import { useRef, useState, type FormEvent } from 'react';
import { IdempotencyKeys } from '../../../lib/api/idempotency-key';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useRecordEvaluation } from '../api/record-evaluation';
import { actionFormErrors } from './action-form-errors';
import type { ActionFormProps, ActionSectionProps } from './action-header';
import { browserToday, formatDay, joinNames, type PartyNames } from './action-texts';
import { CheckboxGroup } from './checkbox-group';
import { DateInput } from '../../../components/ui/date-input';

/** The joint evaluations, newest first (the API lists them oldest first), and the form to record one. */
export function ActionEvaluations({ partnershipId, detail, names, permissions }: ActionSectionProps) {
  const { t, i18n } = useTranslation();
  const evaluations = [...detail.action.evaluations].reverse();
  return (
    <section className="panel panel--section" aria-labelledby="action-evaluations">
      <h2 id="action-evaluations">{t('actions.evaluations.title')}</h2>
      <p className="muted">{t('actions.evaluations.intro')}</p>
      {evaluations.length === 0 ? (
        <p>{t('actions.evaluations.empty')}</p>
      ) : (
        <ol className="records" aria-label={t('actions.evaluations.listLabel')}>
          {evaluations.map((evaluation) => (
            <li key={evaluation.id} className="record">
              <h3 className="record__title">
                {t('actions.evaluations.heading', { date: formatDay(evaluation.on, i18n.language) })}
              </h3>
              <p className="muted">
                {t('actions.evaluations.with', {
                  parties: joinNames(evaluation.parties.map(names.nameOf), i18n.language),
                })}
              </p>
              <p className="notes__body">{evaluation.summary}</p>
            </li>
          ))}
        </ol>
      )}
      {permissions.canRun && (
        <FormDialog
          openLabel={t('actions.evaluations.form.title')}
          title={t('actions.evaluations.form.title')}
        >
          {(done) => (
            <EvaluationForm partnershipId={partnershipId} detail={detail} names={names} onDone={done} />
          )}
        </FormDialog>
      )}
    </section>
  );
}

const FIELDS = ['on', 'parties', 'summary'] as const;

const SUMMARY_MAX = 8000;

/** Records a joint evaluation: its day, the parties that took part (every party at first) and its summary. */
function EvaluationForm({ partnershipId, detail, names, onDone }: ActionFormProps & { names: PartyNames }) {
  const { t } = useTranslation();
  const record = useRecordEvaluation(partnershipId, detail.action.id);
  const keys = useRef(new IdempotencyKeys()).current;
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(browserToday);
  const [parties, setParties] = useState<string[]>(() => names.parties.map((party) => party.partyId));
  const [summary, setSummary] = useState('');
  const errors = actionFormErrors(t, record.error, FIELDS);
  useFocusFirstInvalidField(formRef, record.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { on, parties, summary: summary.trim() };
    record.mutate(
      { body, idempotencyKey: keys.keyFor(body) },
      {
        onSuccess: () => {
          keys.settle();
          onDone(t('actions.evaluations.form.done'));
        },
      },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--nested action-form"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.evaluations.form.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('actions.evaluations.form.on')} error={errors.fields.on}>
        {(props) => <DateInput {...props} name="on" required value={on} onChange={setOn} />}
      </Field>
      <CheckboxGroup
        legend={t('actions.evaluations.form.parties')}
        hint={t('actions.evaluations.form.partiesHint')}
        {...(errors.fields.parties ? { error: errors.fields.parties } : {})}
        options={names.parties.map((party) => ({ value: party.partyId, label: party.name }))}
        value={parties}
        onChange={setParties}
      />
      <Field label={t('actions.evaluations.form.summary')} error={errors.fields.summary}>
        {(props) => (
          <textarea
            {...props}
            name="summary"
            rows={4}
            required
            maxLength={SUMMARY_MAX}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {t('actions.evaluations.form.submit')}
        </button>
      </div>
    </form>
  );
}
