import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import type { Person, Visit } from '../api/get-visits';
import { useRecordVisitReport } from '../api/record-visit-report';
import { visitFormErrors } from './visit-form-errors';
import { linesOf, toPersonInput, type Parties } from './visit-sides';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = ['summary', 'outcomes', 'peopleMet', 'followUps'] as const;

interface FollowUpRow {
  /** The follow-up's id once recorded (kept when the report is rewritten, so that it stays done). */
  id?: string;
  key: string;
  title: string;
  ownerId: string;
  dueOn: string;
}

let rowCount = 0;
function newRowKey(): string {
  rowCount += 1;
  return `row-${rowCount}`;
}

/**
 * Writes the report of a visit that has taken place, or rewrites it: summary, outcomes and people met (one
 * per line), and follow-up tasks, each with an owner among the people of the parties and a due date.
 */
export function VisitReportForm({
  partnershipId,
  visit,
  parties,
  title,
  onDone,
}: {
  partnershipId: string;
  visit: Visit;
  parties: Parties;
  title: string;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordVisitReport(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const report = visit.report;
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [outcomes, setOutcomes] = useState(report?.outcomes.join('\n') ?? '');
  const [peopleMet, setPeopleMet] = useState(report?.peopleMet.join('\n') ?? '');
  const [rows, setRows] = useState<FollowUpRow[]>(
    () =>
      report?.followUps.map((followUp) => ({
        id: followUp.id,
        key: followUp.id,
        title: followUp.title,
        ownerId: followUp.owner.personId,
        dueOn: followUp.dueOn,
      })) ?? [],
  );
  useFocusFirstInvalidField(formRef, record.error);
  const errors = visitFormErrors(t, record.error, FIELDS);

  // Owners: the people of every party, the visit's members and the owners already named.
  const owners = new Map<string, Person>();
  const partyIds = [visit.visitingPartyId, visit.hostPartyId];
  for (const partyId of partyIds)
    for (const person of parties.peopleOf(partyId)) owners.set(person.personId, person);
  for (const person of [
    ...visit.delegation,
    ...visit.hosts,
    ...(report?.followUps.map((f) => f.owner) ?? []),
  ])
    if (!owners.has(person.personId)) owners.set(person.personId, person);
  const firstOwner = owners.keys().next().value ?? '';

  const setRow = (key: string, change: Partial<FollowUpRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(
      {
        visitId: visit.id,
        version: visit.version,
        summary: summary.trim(),
        outcomes: linesOf(outcomes),
        peopleMet: linesOf(peopleMet),
        followUps: rows.flatMap((row) => {
          const owner = owners.get(row.ownerId);
          if (!owner) return [];
          return [
            {
              ...(row.id ? { id: row.id } : {}),
              title: row.title.trim(),
              owner: toPersonInput(owner),
              dueOn: row.dueOn,
            },
          ];
        }),
      },
      { onSuccess: () => onDone(t('visits.reportForm.done', { title })) },
    );
  };

  return (
    <form
      ref={formRef}
      className="form form--compact visit-form"
      onSubmit={submit}
      noValidate
      aria-label={t('visits.reportForm.label', { title })}
    >
      <FormAlert message={errors.form} />
      <Field label={t('visits.reportForm.summary')} error={errors.fields.summary}>
        {(props) => (
          <textarea
            {...props}
            name="summary"
            required
            rows={4}
            maxLength={8000}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('visits.reportForm.outcomes')}
        hint={t('visits.reportForm.oneByLine')}
        error={errors.fields.outcomes}
      >
        {(props) => (
          <textarea
            {...props}
            name="outcomes"
            rows={3}
            value={outcomes}
            onChange={(event) => setOutcomes(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('visits.reportForm.peopleMet')}
        hint={t('visits.reportForm.peopleMetHint')}
        error={errors.fields.peopleMet}
      >
        {(props) => (
          <textarea
            {...props}
            name="peopleMet"
            rows={3}
            value={peopleMet}
            onChange={(event) => setPeopleMet(event.target.value)}
          />
        )}
      </Field>
      <fieldset
        className={`field visit-form__follow-ups${errors.fields.followUps ? ' field--invalid' : ''}`}
        {...(errors.fields.followUps ? { 'aria-describedby': `${ids}-follow-ups-error` } : {})}
      >
        <legend>{t('visits.reportForm.followUps')}</legend>
        {rows.length === 0 && <p className="muted">{t('visits.reportForm.noFollowUps')}</p>}
        {rows.map((row, index) => (
          <fieldset key={row.key} className="visit-form__follow-up">
            <legend>{t('visits.reportForm.followUp', { number: index + 1 })}</legend>
            <Field label={t('visits.reportForm.followUpTitle')}>
              {(props) => (
                <input
                  {...props}
                  required
                  maxLength={300}
                  autoComplete="off"
                  value={row.title}
                  {...(errors.fields.followUps && index === 0 ? { 'aria-invalid': true as const } : {})}
                  onChange={(event) => setRow(row.key, { title: event.target.value })}
                />
              )}
            </Field>
            <div className="form__row">
              <Field label={t('visits.reportForm.owner')}>
                {(props) => (
                  <select
                    {...props}
                    required
                    value={row.ownerId}
                    onChange={(event) => setRow(row.key, { ownerId: event.target.value })}
                  >
                    {partyIds.map((partyId) => (
                      <optgroup key={partyId} label={parties.nameOf(partyId)}>
                        {[...owners.values()]
                          .filter((person) => person.partyId === partyId)
                          .map((person) => (
                            <option key={person.personId} value={person.personId}>
                              {t('visits.reportForm.ownerOption', {
                                name: person.name,
                                role: t(`visits.personRoles.${person.role}`),
                              })}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('visits.reportForm.dueOn')}>
                {(props) => (
                  <DateInput
                    {...props}
                    required
                    value={row.dueOn}
                    onChange={(dueOn) => setRow(row.key, { dueOn })}
                  />
                )}
              </Field>
            </div>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
            >
              {t('visits.reportForm.removeFollowUp', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setRows((current) => [
              ...current,
              { key: newRowKey(), title: '', ownerId: firstOwner, dueOn: '' },
            ])
          }
        >
          {t('visits.reportForm.addFollowUp')}
        </button>
        {errors.fields.followUps && (
          <p id={`${ids}-follow-ups-error`} className="field__error">
            {errors.fields.followUps}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {t('visits.reportForm.submit')}
        </button>
      </div>
    </form>
  );
}
