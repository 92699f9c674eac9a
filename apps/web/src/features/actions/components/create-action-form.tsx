import { ACTION_PRIORITIES, type KnownActionTheme } from '@passerelle/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { ThemeCheckboxes } from '../../../components/ui/theme-checkboxes';
import { isOneOf } from '../../../lib/is-one-of';
import { actionPath } from '../../../lib/partnership-paths';
import { useCreateAction, type OperatorInput } from '../api/create-action';
import type { ActionPriority } from '../api/get-actions';
import { actionFormErrors } from './action-form-errors';
import { SDG_NUMBERS, sdgLabel, type PartyNames } from './action-texts';
import { PartySelect } from './party-select';
import { CheckboxGroup } from './checkbox-group';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = [
  'title',
  'themes',
  'sdgs',
  'locatedIn',
  'proposedBy',
  'operators',
  'priority',
  'startsOn',
  'endsOn',
] as const;

const TITLE_MAX = 300;
const OPERATOR_NAME_MAX = 200;

interface OperatorRow {
  key: string;
  name: string;
  partyId: string;
  /** One of the party's territory actors (step 1), or '' for anyone else. */
  territoryActorId: string;
}

let rowCount = 0;
function newRowKey(): string {
  rowCount += 1;
  return `operator-${rowCount}`;
}

function toOperatorInput(row: OperatorRow): OperatorInput {
  return { name: row.name.trim(), partyId: row.partyId, territoryActorId: row.territoryActorId || null };
}

/**
 * Creates an action initiated by the viewer's party: its title, themes and Sustainable Development Goals,
 * the territories where it takes place, its operators on either side, its priority and its dates. The new
 * action's page opens once it is created.
 */
export function CreateActionForm({
  partnershipId,
  names,
  ownPartyId,
}: {
  partnershipId: string;
  names: PartyNames;
  ownPartyId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAction(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [title, setTitle] = useState('');
  const [themes, setThemes] = useState<KnownActionTheme[]>([]);
  const [sdgs, setSdgs] = useState<string[]>([]);
  const [locatedIn, setLocatedIn] = useState<string[]>([]);
  const [proposedBy, setProposedBy] = useState(ownPartyId);
  const [priority, setPriority] = useState<ActionPriority>('medium');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [operators, setOperators] = useState<OperatorRow[]>([]);
  useFocusFirstInvalidField(formRef, create.error);
  const errors = actionFormErrors(t, create.error, FIELDS);
  const partyOptions = names.parties.map((party) => ({
    value: party.partyId,
    label: party.partyId === ownPartyId ? t('actions.form.ownTerritory', { party: party.name }) : party.name,
  }));

  const setOperator = (key: string, change: Partial<OperatorRow>) =>
    setOperators((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate(
      {
        title: title.trim(),
        themes,
        sdgs: sdgs.map(Number),
        locatedIn,
        proposedBy,
        operators: operators.map(toOperatorInput),
        priority,
        startsOn: startsOn || null,
        endsOn: endsOn || null,
      },
      { onSuccess: (detail) => navigate(actionPath(partnershipId, detail.action.id)) },
    );
  };

  return (
    <form ref={formRef} className="form action-form" onSubmit={submit} noValidate>
      <p className="muted">{t('actions.form.intro', { party: names.nameOf(ownPartyId) })}</p>
      <FormAlert message={errors.form} />
      <Field label={t('actions.form.actionTitle')} error={errors.fields.title}>
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
      <ThemeCheckboxes
        legend={t('actions.form.themes')}
        hint={t('actions.form.themesHint')}
        {...(errors.fields.themes ? { error: errors.fields.themes } : {})}
        name="themes"
        value={themes}
        onChange={setThemes}
      />
      <CheckboxGroup
        legend={t('actions.form.sdgs')}
        hint={t('actions.form.sdgsHint')}
        {...(errors.fields.sdgs ? { error: errors.fields.sdgs } : {})}
        className="action-form__sdgs"
        options={SDG_NUMBERS.map((goal) => ({ value: String(goal), label: sdgLabel(t, goal) }))}
        value={sdgs}
        onChange={setSdgs}
      />
      <CheckboxGroup
        legend={t('actions.form.locatedIn')}
        hint={t('actions.form.locatedInHint')}
        {...(errors.fields.locatedIn ? { error: errors.fields.locatedIn } : {})}
        options={partyOptions}
        value={locatedIn}
        onChange={setLocatedIn}
      />
      <Field
        label={t('actions.form.proposedBy')}
        hint={t('actions.form.proposedByHint')}
        error={errors.fields.proposedBy}
      >
        {(props) => (
          <PartySelect
            control={props}
            names={names}
            name="proposedBy"
            value={proposedBy}
            onChange={setProposedBy}
          />
        )}
      </Field>
      <Field label={t('actions.form.priority')} error={errors.fields.priority}>
        {(props) => (
          <select
            {...props}
            name="priority"
            value={priority}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(ACTION_PRIORITIES, next)) setPriority(next);
            }}
          >
            {ACTION_PRIORITIES.map((code) => (
              <option key={code} value={code}>
                {t(`actions.priorities.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__row">
        <Field
          label={t('actions.form.startsOn')}
          hint={t('actions.form.datesHint')}
          error={errors.fields.startsOn}
        >
          {(props) => <DateInput {...props} name="startsOn" value={startsOn} onChange={setStartsOn} />}
        </Field>
        <Field
          label={t('actions.form.endsOn')}
          hint={t('actions.form.datesHint')}
          error={errors.fields.endsOn}
        >
          {(props) => <DateInput {...props} name="endsOn" value={endsOn} onChange={setEndsOn} />}
        </Field>
      </div>
      <fieldset
        className={`field action-form__operators${errors.fields.operators ? ' field--invalid' : ''}`}
        aria-describedby={`${ids}-operators-hint${errors.fields.operators ? ` ${ids}-operators-error` : ''}`}
      >
        <legend>{t('actions.form.operators')}</legend>
        <p id={`${ids}-operators-hint`} className="field__hint">
          {t('actions.form.operatorsHint')}
        </p>
        {operators.length === 0 && <p className="muted">{t('actions.form.noOperators')}</p>}
        {operators.map((row, index) => (
          <OperatorFields
            key={row.key}
            row={row}
            number={index + 1}
            names={names}
            invalid={Boolean(errors.fields.operators) && index === 0}
            onChange={(change) => setOperator(row.key, change)}
            onRemove={() => setOperators((current) => current.filter((other) => other.key !== row.key))}
          />
        ))}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            setOperators((current) => [
              ...current,
              { key: newRowKey(), name: '', partyId: ownPartyId, territoryActorId: '' },
            ])
          }
        >
          {t('actions.form.addOperator')}
        </button>
        {errors.fields.operators && (
          <p id={`${ids}-operators-error`} className="field__error">
            {errors.fields.operators}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t('actions.form.submit')}
        </button>
      </div>
    </form>
  );
}

/** One operator: its name, its party, and the territory actor it is when it is one (which fills the name). */
function OperatorFields({
  row,
  number,
  names,
  invalid,
  onChange,
  onRemove,
}: {
  row: OperatorRow;
  number: number;
  names: PartyNames;
  invalid: boolean;
  onChange: (change: Partial<OperatorRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const actors = names.parties.find((party) => party.partyId === row.partyId)?.territoryActors ?? [];
  return (
    <fieldset className="action-form__operator">
      <legend>{t('actions.form.operator', { number })}</legend>
      <div className="form__row">
        <Field label={t('actions.form.operatorParty')}>
          {(props) => (
            <PartySelect
              control={props}
              names={names}
              value={row.partyId}
              onChange={(partyId) => onChange({ partyId, territoryActorId: '' })}
            />
          )}
        </Field>
        {actors.length > 0 && (
          <Field label={t('actions.form.operatorActor')} hint={t('actions.form.operatorActorHint')}>
            {(props) => (
              <select
                {...props}
                value={row.territoryActorId}
                onChange={(event) => {
                  const actor = actors.find((candidate) => candidate.id === event.target.value);
                  onChange({
                    territoryActorId: actor?.id ?? '',
                    ...(actor ? { name: actor.name } : {}),
                  });
                }}
              >
                <option value="">{t('actions.form.operatorNoActor')}</option>
                {actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <Field label={t('actions.form.operatorName')}>
        {(props) => (
          <input
            {...props}
            required
            maxLength={OPERATOR_NAME_MAX}
            autoComplete="off"
            value={row.name}
            {...(invalid ? { 'aria-invalid': true as const } : {})}
            onChange={(event) => onChange({ name: event.target.value })}
          />
        )}
      </Field>
      <button type="button" className="button button--small button--quiet" onClick={onRemove}>
        {t('actions.form.removeOperator', { number })}
      </button>
    </fieldset>
  );
}
