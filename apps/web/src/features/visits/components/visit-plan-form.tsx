import {
  DEFAULT_MAX_DELEGATION_SIZE,
  TRAVEL_ADVISORY_LEVELS,
  type TravelAdvisoryLevel,
} from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../../components/ui/error-text';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { isOneOf } from '../../../lib/is-one-of';
import type { Person, Visit } from '../api/get-visits';
import { usePlanVisit } from '../api/plan-visit';
import { useReplanVisit } from '../api/replan-visit';
import { MemberPicker } from './member-picker';
import { RedZoneRefusal } from './red-zone-refusal';
import { visitFormErrors } from './visit-form-errors';
import { directionOf, linesOf, toPersonInput, visitTitle, type Parties } from './visit-sides';
import { DateInput } from '../../../components/ui/date-input';

const FIELDS = [
  'partnerPartyId',
  'direction',
  'startsOn',
  'endsOn',
  'purpose',
  'agenda',
  'delegation',
  'hosts',
  'travelAdvisory.level',
  'travelAdvisory.source',
  'travelAdvisory.checkedOn',
] as const;

interface PlanValues {
  startsOn: string;
  endsOn: string;
  purpose: string;
  /** One item per line. */
  agenda: string;
  /** Everyone picked, on either side: each side keeps its picks when the direction changes. */
  members: Person[];
  advisoryLevel: TravelAdvisoryLevel | '';
  advisorySource: string;
  advisoryCheckedOn: string;
}

const EMPTY: PlanValues = {
  startsOn: '',
  endsOn: '',
  purpose: '',
  agenda: '',
  members: [],
  advisoryLevel: '',
  advisorySource: '',
  advisoryCheckedOn: '',
};

function valuesOf(visit: Visit): PlanValues {
  return {
    startsOn: visit.startsOn,
    endsOn: visit.endsOn,
    purpose: visit.purpose,
    agenda: visit.agenda.join('\n'),
    members: [...visit.delegation, ...visit.hosts],
    advisoryLevel: visit.travelAdvisory?.level ?? '',
    advisorySource: visit.travelAdvisory?.source ?? '',
    advisoryCheckedOn: visit.travelAdvisory?.checkedOn ?? '',
  };
}

/** The fields every visit plan has, once the travelling and host sides are known. */
function planBody(values: PlanValues, visitingPartyId: string, hostPartyId: string) {
  return {
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    purpose: values.purpose.trim(),
    agenda: linesOf(values.agenda),
    delegation: values.members.filter((person) => person.partyId === visitingPartyId).map(toPersonInput),
    hosts: values.members.filter((person) => person.partyId === hostPartyId).map(toPersonInput),
    travelAdvisory:
      values.advisoryLevel !== ''
        ? {
            level: values.advisoryLevel,
            source: values.advisorySource.trim(),
            checkedOn: values.advisoryCheckedOn,
          }
        : null,
  };
}

/**
 * What the form itself can tell before sending: travel advisories started without a level, or missing for a
 * delegation that leaves (ours, or the initiator's, which the API requires).
 */
function localErrors(t: TFunction, values: PlanValues, advisoryRequired: boolean): FormErrors | undefined {
  if (values.advisoryLevel !== '') return undefined;
  const started = values.advisorySource.trim() !== '' || values.advisoryCheckedOn !== '';
  if (!started && !advisoryRequired) return undefined;
  return {
    fields: {
      'travelAdvisory.level': advisoryRequired ? t('visits.form.advisoryRequired') : t('validation.choice'),
    },
    form: t('validation.summary'),
  };
}

/**
 * Plans a visit, or re-plans one that has not started (`visit`): the direction seen from the viewer's side
 * and the partner (when there are several), the dates, purpose and programme, the members of the delegation
 * and of the hosts, and the destination's travel advisory — required for a delegation that leaves.
 */
export function VisitPlanForm({
  partnershipId,
  parties,
  visit,
  onDone,
}: {
  partnershipId: string;
  parties: Parties;
  /** The visit to re-plan; without it the form plans a new one. */
  visit?: Visit;
  /** Called once the visit is planned or re-planned, with the message to announce. */
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanVisit(partnershipId);
  const replan = useReplanVisit(partnershipId);
  const mutation = visit ? replan : plan;
  const formRef = useRef<HTMLFormElement>(null);
  const ids = useId();
  const [values, setValues] = useState<PlanValues>(() => (visit ? valuesOf(visit) : EMPTY));
  const [counterpartId, setCounterpartId] = useState(parties.counterparts[0]?.partyId ?? '');
  const [outgoing, setOutgoing] = useState(true);
  const [local, setLocal] = useState<{ errors: FormErrors } | undefined>();
  const myId = parties.me?.partyId ?? '';
  const visitingPartyId = visit ? visit.visitingPartyId : outgoing ? myId : counterpartId;
  const hostPartyId = visit ? visit.hostPartyId : outgoing ? counterpartId : myId;
  const { direction, partnerPartyId } = directionOf(visitingPartyId, hostPartyId, parties.initiator?.partyId);
  const advisoryRequired = visitingPartyId === myId || direction === 'to_partner';
  const errors = local?.errors ?? visitFormErrors(t, mutation.error, FIELDS);
  useFocusFirstInvalidField(formRef, local ?? mutation.error);
  type TextName = 'startsOn' | 'endsOn' | 'purpose' | 'agenda' | 'advisorySource' | 'advisoryCheckedOn';
  const setValue = (name: TextName) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }));
  const set = (name: TextName) => (event: { target: { value: string } }) =>
    setValue(name)(event.target.value);
  const membersOf = (partyId: string) => values.members.filter((person) => person.partyId === partyId);
  const setMembersOf = (partyId: string) => (members: Person[]) =>
    setValues((current) => ({
      ...current,
      members: [...current.members.filter((person) => person.partyId !== partyId), ...members],
    }));
  const title = visitTitle(t, { visitingPartyId, hostPartyId }, parties);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = localErrors(t, values, advisoryRequired);
    if (refused) {
      mutation.reset();
      setLocal({ errors: refused });
      return;
    }
    setLocal(undefined);
    const body = planBody(values, visitingPartyId, hostPartyId);
    if (visit) {
      replan.mutate(
        { visitId: visit.id, version: visit.version, ...body },
        { onSuccess: () => onDone(t('visits.form.replanned', { title })) },
      );
    } else {
      plan.mutate(
        { direction, partnerPartyId, ...body },
        { onSuccess: () => onDone(t('visits.form.planned', { title })) },
      );
    }
  };

  const several = parties.counterparts.length > 1;
  return (
    <form
      ref={formRef}
      className={visit ? 'form form--compact visit-form' : 'form visit-form'}
      onSubmit={submit}
      noValidate
      aria-label={
        visit
          ? t('visits.form.replanLabel', { title: visitTitle(t, visit, parties) })
          : t('visits.form.title')
      }
    >
      <FormAlert message={errors.form} />
      {visit ? (
        <p className="visit-form__sides">{title}</p>
      ) : (
        <>
          {several && (
            <Field label={t('visits.form.partner')} error={errors.fields.partnerPartyId}>
              {(props) => (
                <select
                  {...props}
                  name="partnerPartyId"
                  value={counterpartId}
                  onChange={(event) => setCounterpartId(event.target.value)}
                >
                  {parties.counterparts.map((party) => (
                    <option key={party.partyId} value={party.partyId}>
                      {party.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <fieldset className="field visit-form__direction">
            <legend>{t('visits.form.direction')}</legend>
            {([true, false] as const).map((out) => (
              <label key={String(out)} className="visit-form__choice">
                <input
                  type="radio"
                  name={`${ids}-direction`}
                  checked={outgoing === out}
                  onChange={() => setOutgoing(out)}
                />
                {visitTitle(
                  t,
                  out
                    ? { visitingPartyId: myId, hostPartyId: counterpartId }
                    : { visitingPartyId: counterpartId, hostPartyId: myId },
                  parties,
                )}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div className="form__row">
        <Field label={t('visits.form.startsOn')} error={errors.fields.startsOn}>
          {(props) => (
            <DateInput
              {...props}
              name="startsOn"
              required
              value={values.startsOn}
              onChange={setValue('startsOn')}
            />
          )}
        </Field>
        <Field label={t('visits.form.endsOn')} error={errors.fields.endsOn}>
          {(props) => (
            <DateInput
              {...props}
              name="endsOn"
              required
              value={values.endsOn}
              onChange={setValue('endsOn')}
            />
          )}
        </Field>
      </div>
      <Field label={t('visits.form.purpose')} error={errors.fields.purpose}>
        {(props) => (
          <textarea
            {...props}
            name="purpose"
            required
            rows={3}
            maxLength={2000}
            value={values.purpose}
            onChange={set('purpose')}
          />
        )}
      </Field>
      <Field label={t('visits.form.agenda')} hint={t('visits.form.agendaHint')} error={errors.fields.agenda}>
        {(props) => (
          <textarea {...props} name="agenda" rows={4} value={values.agenda} onChange={set('agenda')} />
        )}
      </Field>
      <MemberPicker
        legend={t('visits.form.delegation', { party: parties.nameOf(visitingPartyId) })}
        hint={t('visits.form.delegationHint', { max: DEFAULT_MAX_DELEGATION_SIZE })}
        error={errors.fields.delegation}
        partyId={visitingPartyId}
        people={parties.peopleOf(visitingPartyId)}
        selected={membersOf(visitingPartyId)}
        onChange={setMembersOf(visitingPartyId)}
      />
      <MemberPicker
        legend={t('visits.form.hosts', { party: parties.nameOf(hostPartyId) })}
        error={errors.fields.hosts}
        partyId={hostPartyId}
        people={parties.peopleOf(hostPartyId)}
        selected={membersOf(hostPartyId)}
        onChange={setMembersOf(hostPartyId)}
      />
      <fieldset className="field visit-form__advisory">
        <legend>{t('visits.form.advisory', { place: parties.nameOf(hostPartyId) })}</legend>
        <p className="field__hint">
          {advisoryRequired ? t('visits.form.advisoryRequiredHint') : t('visits.form.advisoryOptionalHint')}
        </p>
        <Field label={t('visits.form.advisoryLevel')} error={errors.fields['travelAdvisory.level']}>
          {(props) => (
            <select
              {...props}
              name="travelAdvisory.level"
              required={advisoryRequired}
              value={values.advisoryLevel}
              onChange={(event) => {
                const level = event.target.value;
                if (level === '' || isOneOf(TRAVEL_ADVISORY_LEVELS, level))
                  setValues((current) => ({ ...current, advisoryLevel: level }));
              }}
            >
              <option value="">{t('visits.form.advisoryLevelNone')}</option>
              {TRAVEL_ADVISORY_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`visits.advisoryLevels.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {values.advisoryLevel === 'formally_advised_against' && (
          <RedZoneRefusal partnershipId={partnershipId} place={parties.nameOf(hostPartyId)} />
        )}
        {values.advisoryLevel === 'advised_against_except_essential' && (
          <p className="callout visit-red-zone__note">
            {t('visits.form.orangeZoneNote', { party: parties.nameOf(visitingPartyId) })}
          </p>
        )}
        <Field
          label={t('visits.form.advisorySource')}
          hint={t('visits.form.advisorySourceHint')}
          error={errors.fields['travelAdvisory.source']}
        >
          {(props) => (
            <input
              {...props}
              name="travelAdvisory.source"
              required={advisoryRequired}
              maxLength={200}
              autoComplete="off"
              value={values.advisorySource}
              onChange={set('advisorySource')}
            />
          )}
        </Field>
        <Field label={t('visits.form.advisoryCheckedOn')} error={errors.fields['travelAdvisory.checkedOn']}>
          {(props) => (
            <DateInput
              {...props}
              name="travelAdvisory.checkedOn"
              required={advisoryRequired}
              value={values.advisoryCheckedOn}
              onChange={setValue('advisoryCheckedOn')}
            />
          )}
        </Field>
      </fieldset>
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          // A red zone is refused whatever else the form says: the refusal above explains what to do instead.
          disabled={mutation.isPending || values.advisoryLevel === 'formally_advised_against'}
        >
          {visit ? t('visits.form.saveReplan') : t('visits.form.submit')}
        </button>
      </div>
    </form>
  );
}
