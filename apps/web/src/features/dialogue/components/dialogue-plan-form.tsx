import {
  CADENCE_UNITS,
  COMMUNICATION_CHANNELS,
  DEFAULT_DIALOGUE_TOLERANCE_DAYS,
  DIALOGUE_AUDIENCES,
} from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type {
  Dialogue,
  DialogueAudience,
  DialogueChannel,
  DialogueParty,
  DialoguePerson,
} from '../api/get-dialogue';
import {
  useProposeDialoguePlan,
  type CadenceUnit,
  type ProposeDialoguePlanInput,
} from '../api/propose-dialogue-plan';
import { toPersonInput } from './dialogue-people';
import { ParticipantPicker } from './participant-picker';
import { planFieldKeys, planFormErrors } from './plan-form-errors';
import './dialogue-plan-form.css';

interface AudienceValues {
  /** As typed: checked to be a whole number before sending. */
  every: string;
  unit: CadenceUnit;
  channels: DialogueChannel[];
  /** Everyone picked, of every party. */
  participants: DialoguePerson[];
}

interface PlanValues {
  audiences: Record<DialogueAudience, AudienceValues>;
  toleranceDays: string;
}

/** A starting rhythm for a first plan, each audience with its own (the method's advice); all can be changed. */
const FIRST_CADENCES: Record<DialogueAudience, { every: number; unit: CadenceUnit }> = {
  elected_officials: { every: 3, unit: 'month' },
  technicians: { every: 1, unit: 'month' },
  territory_actors: { every: 6, unit: 'month' },
};

/** The domain's default tolerance (docs/domain.md, "Numbers the seeds do not give"). */
const FIRST_TOLERANCE_DAYS = DEFAULT_DIALOGUE_TOLERANCE_DAYS;

/** Who is likeliest to be added by name for each audience. */
const ROLE_OF_AUDIENCE: Record<DialogueAudience, DialoguePerson['role']> = {
  elected_officials: 'elected',
  technicians: 'technician',
  territory_actors: 'territory_actor',
};

/** The form's values: the plan in force when there is one (editing it), a first rhythm otherwise. */
function valuesOf(plan: Dialogue['plan']): PlanValues {
  const audiences = Object.fromEntries(
    DIALOGUE_AUDIENCES.map((audience) => {
      const entry = plan?.audiences.find((candidate) => candidate.audience === audience);
      const cadence = entry?.cadence ?? FIRST_CADENCES[audience];
      const unit = isOneOf(CADENCE_UNITS, cadence.unit) ? cadence.unit : 'month';
      const values: AudienceValues = {
        every: String(cadence.every),
        unit,
        channels: entry ? [...entry.channels] : [],
        participants: entry ? [...entry.participants] : [],
      };
      return [audience, values];
    }),
  ) as Record<DialogueAudience, AudienceValues>;
  return { audiences, toleranceDays: String(plan?.toleranceDays ?? FIRST_TOLERANCE_DAYS) };
}

/** A whole number within bounds, from a field; undefined when it is not one. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
}

/** What the form itself can tell before sending: cadences and tolerance that are not whole numbers in range. */
function localErrors(t: TFunction, values: PlanValues): FormErrors | undefined {
  const fields: Record<string, string> = {};
  for (const audience of DIALOGUE_AUDIENCES) {
    if (wholeNumber(values.audiences[audience].every, 1, 366) === undefined)
      fields[planFieldKeys.cadence(audience)] = t('dialogue.planForm.cadenceInvalid');
  }
  if (wholeNumber(values.toleranceDays, 0, 365) === undefined)
    fields[planFieldKeys.toleranceDays] = t('dialogue.planForm.toleranceInvalid');
  return Object.keys(fields).length > 0 ? { fields, form: t('validation.summary') } : undefined;
}

/** The three audiences in the method's order, each with its cadence, channels and participants. */
function planBody(values: PlanValues, version: number): ProposeDialoguePlanInput {
  return {
    version,
    audiences: DIALOGUE_AUDIENCES.map((audience) => {
      const entry = values.audiences[audience];
      return {
        audience,
        cadence: { every: Number(entry.every.trim()), unit: entry.unit },
        channels: COMMUNICATION_CHANNELS.filter((channel) => entry.channels.includes(channel)),
        participants: entry.participants.map(toPersonInput),
      };
    }),
    toleranceDays: Number(values.toleranceDays.trim()),
  };
}

function namesOf(parties: readonly DialogueParty[]): string {
  return parties.map((party) => party.name).join(', ');
}

/**
 * « Proposer les modalités de dialogue », or change them when a plan exists (the form then starts from it):
 * for each audience its cadence, channels and the participants of every party, and the tolerance before the
 * relation is said to be falling asleep. The proposing party approves the plan by proposing it; every other
 * party must approve it (again). Shown to the roles that run the partnership, for a party of it.
 */
export function DialoguePlanSection({
  partnershipId,
  dialogue,
  ownPartyId,
}: {
  partnershipId: string;
  dialogue: Dialogue;
  ownPartyId: string | undefined;
}) {
  const { t } = useTranslation();
  const propose = useProposeDialoguePlan(partnershipId);
  const editing = dialogue.plan !== null;
  const [open, setOpen] = useState(!editing);
  const [notice, setNotice] = useState<string | undefined>();
  const ownParty = dialogue.parties.find((party) => party.partyId === ownPartyId);
  if (!ownParty) return null;
  const others = namesOf(dialogue.parties.filter((party) => party.partyId !== ownPartyId));
  return (
    <section className="panel panel--section" aria-labelledby="dialogue-plan-form">
      <h2 id="dialogue-plan-form">
        {editing ? t('dialogue.planForm.titleEdit') : t('dialogue.planForm.titleNew')}
      </h2>
      <FormSuccess message={notice} />
      {open ? (
        <>
          <p className="field__hint">
            {editing
              ? t('dialogue.planForm.introEdit', { parties: others })
              : t('dialogue.planForm.introNew', { party: ownParty.name, parties: others })}
          </p>
          {/* A plan proposed meanwhile (seen after a conflict) restarts the form from it. */}
          <DialoguePlanForm
            key={dialogue.plan?.proposedAt ?? 'first'}
            dialogue={dialogue}
            propose={propose}
            onProposed={() => {
              setNotice(t('dialogue.planForm.proposed', { party: ownParty.name, parties: others }));
              setOpen(false);
            }}
            onClose={editing ? () => setOpen(false) : undefined}
          />
        </>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setNotice(undefined);
            propose.reset();
            setOpen(true);
          }}
        >
          {t('dialogue.planForm.open')}
        </button>
      )}
    </section>
  );
}

function DialoguePlanForm({
  dialogue,
  propose,
  onProposed,
  onClose,
}: {
  dialogue: Dialogue;
  propose: ReturnType<typeof useProposeDialoguePlan>;
  onProposed: () => void;
  onClose: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<PlanValues>(() => valuesOf(dialogue.plan));
  const [local, setLocal] = useState<{ errors: FormErrors } | undefined>();
  useFocusFirstInvalidField(formRef, local ?? propose.error);
  const errors = local?.errors ?? planFormErrors(t, propose.error, propose.variables, dialogue.parties);
  const setAudience = (audience: DialogueAudience, change: Partial<AudienceValues>) =>
    setValues((current) => ({
      ...current,
      audiences: { ...current.audiences, [audience]: { ...current.audiences[audience], ...change } },
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = localErrors(t, values);
    if (refused) {
      propose.reset();
      setLocal({ errors: refused });
      return;
    }
    setLocal(undefined);
    propose.mutate(planBody(values, dialogue.version), { onSuccess: onProposed });
  };

  return (
    <form ref={formRef} className="form dialogue-plan-form" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      {DIALOGUE_AUDIENCES.map((audience) => (
        <AudienceFields
          key={audience}
          audience={audience}
          values={values.audiences[audience]}
          parties={dialogue.parties}
          errors={errors.fields}
          onChange={(change) => setAudience(audience, change)}
        />
      ))}
      <Field
        label={t('dialogue.planForm.tolerance')}
        hint={t('dialogue.planForm.toleranceHint')}
        error={errors.fields[planFieldKeys.toleranceDays]}
      >
        {(props) => (
          <input
            {...props}
            type="number"
            name="toleranceDays"
            inputMode="numeric"
            min={0}
            max={365}
            step={1}
            required
            value={values.toleranceDays}
            onChange={(event) => setValues((current) => ({ ...current, toleranceDays: event.target.value }))}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={propose.isPending}>
          {t('dialogue.planForm.submit')}
        </button>
        {onClose && (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('dialogue.planForm.close')}
          </button>
        )}
      </div>
    </form>
  );
}

/** One audience of the plan: how often, by which channels, and who takes part on each side. */
function AudienceFields({
  audience,
  values,
  parties,
  errors,
  onChange,
}: {
  audience: DialogueAudience;
  values: AudienceValues;
  parties: readonly DialogueParty[];
  errors: Record<string, string>;
  onChange: (change: Partial<AudienceValues>) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const channelsError = errors[planFieldKeys.channels(audience)];
  const participantsError = errors[planFieldKeys.participants(audience)];
  // A channel must work on every side (phone network, internet access): say which party it would leave out.
  const excludedBy = (channel: DialogueChannel) =>
    namesOf(parties.filter((party) => !party.usableChannels.includes(channel)));
  const participantsOf = (partyId: string) =>
    values.participants.filter((person) => person.partyId === partyId);
  return (
    <fieldset className="field dialogue-plan-form__audience">
      <legend>{t(`dialogue.audiences.${audience}`)}</legend>
      <div className="form__row">
        <Field label={t('dialogue.planForm.cadenceEvery')} error={errors[planFieldKeys.cadence(audience)]}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              min={1}
              max={366}
              step={1}
              required
              value={values.every}
              onChange={(event) => onChange({ every: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('dialogue.planForm.cadenceUnit')}>
          {(props) => (
            <select
              {...props}
              value={values.unit}
              onChange={(event) => {
                const unit = event.target.value;
                if (isOneOf(CADENCE_UNITS, unit)) onChange({ unit });
              }}
            >
              {CADENCE_UNITS.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`dialogue.planForm.units.${unit}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <fieldset
        className={`field${channelsError ? ' field--invalid' : ''}`}
        aria-describedby={[`${ids}-channels-hint`, channelsError ? `${ids}-channels-error` : undefined]
          .filter(Boolean)
          .join(' ')}
      >
        <legend>{t('dialogue.planForm.channels')}</legend>
        <p id={`${ids}-channels-hint`} className="field__hint">
          {t('dialogue.planForm.channelsHint')}
        </p>
        <ul className="dialogue-plan-form__options">
          {COMMUNICATION_CHANNELS.map((channel) => {
            const excluded = excludedBy(channel);
            return (
              <li key={channel}>
                <label className="dialogue-plan-form__option">
                  <input
                    type="checkbox"
                    checked={values.channels.includes(channel)}
                    {...(channelsError ? { 'aria-invalid': true as const } : {})}
                    onChange={(event) => {
                      const checked = event.target.checked;
                      onChange({
                        channels: checked
                          ? [...values.channels, channel]
                          : values.channels.filter((candidate) => candidate !== channel),
                      });
                    }}
                  />
                  {t(`dialogue.channels.${channel}`)}
                  {excluded && (
                    <span className="muted">
                      {' '}
                      {t('dialogue.planForm.notUsableBy', { parties: excluded })}
                    </span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
        {channelsError && (
          <p id={`${ids}-channels-error`} className="field__error">
            {channelsError}
          </p>
        )}
      </fieldset>
      {parties.map((party) => (
        <ParticipantPicker
          key={party.partyId}
          legend={t('dialogue.planForm.participantsOf', { party: party.name })}
          hint={t('dialogue.planForm.participantsHint')}
          error={errors[planFieldKeys.participants(audience, party.partyId)]}
          partyId={party.partyId}
          people={party.people}
          selected={participantsOf(party.partyId)}
          defaultRole={ROLE_OF_AUDIENCE[audience]}
          onChange={(picked) =>
            onChange({
              participants: [
                ...values.participants.filter((person) => person.partyId !== party.partyId),
                ...picked,
              ],
            })
          }
        />
      ))}
      {participantsError && <p className="field__error">{participantsError}</p>}
    </fieldset>
  );
}
