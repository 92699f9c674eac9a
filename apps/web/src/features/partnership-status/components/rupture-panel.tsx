import { addDays, isCalendarDate } from '@passerelle/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { Field, FormAlert } from '../../../components/ui/form';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { ApiProblemError } from '../../../lib/api/problem';
import type { ActionFate, PartnershipStatus } from '../api/get-partnership-status';
import { useDecideRupture, useProposeRupture, useRespondToRupture, useWithdrawRupture } from '../api/rupture';
import { ActionFateSelect, withFate } from './action-fate-select';
import { staleRefusalOf } from './status-form-errors';
import { DateInput } from '../../../components/ui/date-input';

const TEXT_MAX = 4000;

type Rupture = NonNullable<PartnershipStatus['rupture']>;

/** What the signed-in user may do here, and for which party they act. */
export interface RuptureAbilities {
  organisationId: string | undefined;
  canRun: boolean;
  canRespond: boolean;
  canDecide: boolean;
}

/**
 * The orderly rupture (seed 000 §3: no rupture without negotiation): proposed to the partner, who answers;
 * decided by the elected body (its deliberation); notice during which the partnership runs; the end on the
 * effective date. Both parties see the same; each acts for its own side.
 */
export function RupturePanel({
  partnershipId,
  status,
  today,
  abilities,
  partyName,
  onDone,
  onStale,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  today: string;
  abilities: RuptureAbilities;
  partyName: (partyId: string) => string;
  onDone: (message: string) => void;
  onStale: (message: string) => void;
}) {
  const { t } = useTranslation();
  const rupture = status.rupture;
  const live = status.status !== 'terminated';
  const stage = rupture?.stage;
  const proposedByUs = rupture?.proposedBy === abilities.organisationId;
  const mayPropose = live && abilities.canRun && (stage === undefined || stage === 'withdrawn');
  const mayAnswer =
    live && abilities.canRespond && !proposedByUs && (stage === 'negotiating' || stage === 'notice');
  const mayWithdraw = live && abilities.canRun && proposedByUs && stage === 'negotiating';
  const mayDecide = live && abilities.canDecide && proposedByUs && stage === 'negotiating';
  const forms = { partnershipId, status, onDone, onStale };
  return (
    <section className="rupture" aria-labelledby="rupture-title">
      <h3 id="rupture-title">{t('rupture.title')}</h3>
      {rupture ? (
        <RuptureSummary rupture={rupture} today={today} partyName={partyName} status={status} />
      ) : (
        <p className="muted">{t('rupture.none')}</p>
      )}
      {mayPropose && (
        <Opener label={t('rupture.propose.open')}>
          {(close) => <ProposeRuptureForm {...forms} onClose={close} />}
        </Opener>
      )}
      {mayAnswer && (
        <Opener label={t('rupture.respond.open')}>
          {(close) => <RespondToRuptureForm {...forms} onClose={close} />}
        </Opener>
      )}
      {mayDecide && rupture && (
        <Opener label={t('rupture.decide.open')}>
          {(close) => <DecideRuptureForm {...forms} rupture={rupture} today={today} onClose={close} />}
        </Opener>
      )}
      {mayWithdraw && (
        <Opener label={t('rupture.withdraw.open')}>
          {(close) => <WithdrawRuptureForm {...forms} onClose={close} />}
        </Opener>
      )}
    </section>
  );
}

/** A button that opens its form in place; the form closes itself when sent or cancelled. */
function Opener({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  return open ? (
    <>{children(() => setOpen(false))}</>
  ) : (
    <div className="actions">
      <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
        {label}
      </button>
    </div>
  );
}

function RuptureSummary({
  rupture,
  today,
  partyName,
  status,
}: {
  rupture: Rupture;
  today: string;
  partyName: (partyId: string) => string;
  status: PartnershipStatus;
}) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCalendarDate(value, i18n.language);
  const deliberation = rupture.deliberation;
  return (
    <>
      <p>
        <span className="badge badge--status-suspended">{t(`rupture.stages.${rupture.stage}`)}</span>{' '}
        {t('rupture.proposed', { party: partyName(rupture.proposedBy), date: date(rupture.proposedOn) })}
      </p>
      <dl className="details">
        <dt>{t('partnershipStatus.reason')}</dt>
        <dd className="status-reason">{rupture.reason}</dd>
        {deliberation && (
          <>
            <dt>{t('rupture.deliberation')}</dt>
            <dd>
              {t('rupture.deliberationText', {
                body: deliberation.body,
                reference: deliberation.reference,
                date: date(deliberation.adoptedOn),
              })}
            </dd>
          </>
        )}
        {rupture.effectiveOn && (
          <>
            <dt>{t('partnershipStatus.effectiveOn')}</dt>
            <dd>{date(rupture.effectiveOn)}</dd>
          </>
        )}
      </dl>
      {rupture.stage === 'negotiating' && (
        <p>
          {rupture.notHeard.length > 0
            ? t('rupture.awaiting', { parties: rupture.notHeard.map(partyName).join(', ') })
            : t('rupture.heard')}{' '}
          {rupture.earliestDecisionOn &&
            (rupture.earliestDecisionOn > today
              ? t('rupture.decisionFrom', { date: date(rupture.earliestDecisionOn) })
              : t('rupture.decisionOpen'))}
        </p>
      )}
      {rupture.stage === 'notice' && rupture.effectiveOn && (
        <p className="callout">
          {t('rupture.noticeRuns', { count: rupture.noticeDaysLeft ?? 0, date: date(rupture.effectiveOn) })}
        </p>
      )}
      {rupture.stage === 'withdrawn' && rupture.withdrawal && (
        <p>
          {t('rupture.withdrawn', { date: date(rupture.withdrawal.on), reason: rupture.withdrawal.reason })}
        </p>
      )}
      {rupture.stage === 'ended' && !deliberation && <p className="muted">{t('rupture.noDeliberation')}</p>}
      {rupture.responses.length > 0 && (
        <>
          <h4 id="rupture-responses">{t('rupture.responses')}</h4>
          <ul className="plain-list" aria-labelledby="rupture-responses">
            {rupture.responses.map((response, index) => (
              <li key={index}>
                {t('rupture.response', { party: partyName(response.partyId), date: date(response.on) })}{' '}
                <span className="status-reason">{response.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {rupture.stage === 'notice' && rupture.actionDecisions.length > 0 && (
        <h4 id="rupture-fates">{t('partnershipStatus.fatesTitle')}</h4>
      )}
      {rupture.stage === 'notice' && rupture.actionDecisions.length > 0 && (
        <ul className="plain-list" aria-labelledby="rupture-fates">
          {rupture.actionDecisions.map((decision) => (
            <li key={decision.actionId}>
              {t('partnershipStatus.fateOf', {
                title:
                  status.ongoingActions.find((action) => action.id === decision.actionId)?.title ??
                  t('partnershipStatus.unknownAction'),
                fate: t(`partnershipStatus.fates.${decision.fate}`),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

interface FormProps {
  partnershipId: string;
  status: PartnershipStatus;
  onDone: (message: string) => void;
  onStale: (message: string) => void;
  onClose: () => void;
}

/** Runs a write and reports: done (the form closes), stale (above the status), or refused (in the form). */
function useSend<Input>(
  mutateAsync: (input: Input) => Promise<unknown>,
  { onDone, onStale, onClose }: Pick<FormProps, 'onDone' | 'onStale' | 'onClose'>,
  doneMessage: string,
) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | undefined>();
  const send = (input: Input) => {
    setFailure(undefined);
    void mutateAsync(input).then(
      () => {
        onClose();
        onDone(doneMessage);
      },
      (error: unknown) => {
        const stale = staleRefusalOf(t, error);
        if (stale && !(error instanceof ApiProblemError && isRuptureRule(error.code))) onStale(stale);
        setFailure(describeError(t, error));
      },
    );
  };
  return { send, failure };
}

/** Refusals of the rupture's own rules (409 too) stay in the form: the status did not move. */
function isRuptureRule(code: unknown): boolean {
  return code === 'PARTNERSHIP.RUPTURE_NOT_NEGOTIATED' || code === 'PARTNERSHIP.IN_NOTICE';
}

/** One text, one submit: proposing (the reason), answering (the answer), withdrawing (why). */
function TextForm({
  title,
  intro,
  label,
  submit,
  pending,
  failure,
  onSubmit,
  onClose,
}: {
  title: string;
  intro: string;
  label: string;
  submit: string;
  pending: boolean;
  failure: string | undefined;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(text.trim() === '');
    if (text.trim() !== '') onSubmit(text.trim());
  };
  return (
    <form className="form form--compact" onSubmit={send} noValidate aria-label={title}>
      <h4>{title}</h4>
      <p className="muted">{intro}</p>
      <FormAlert message={failure} />
      <Field label={label} error={missing ? t('rupture.textRequired') : undefined}>
        {(props) => (
          <textarea
            {...props}
            required
            rows={4}
            maxLength={TEXT_MAX}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {submit}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('partnershipStatus.cancel')}
        </button>
      </div>
    </form>
  );
}

function ProposeRuptureForm(props: FormProps) {
  const { t } = useTranslation();
  const propose = useProposeRupture(props.partnershipId);
  const { send, failure } = useSend(propose.mutateAsync, props, t('rupture.propose.done'));
  return (
    <TextForm
      title={t('rupture.propose.title')}
      intro={t('rupture.propose.intro')}
      label={t('rupture.propose.reason')}
      submit={t('rupture.propose.submit')}
      pending={propose.isPending}
      failure={failure}
      onSubmit={(reason) => send({ version: props.status.version, reason })}
      onClose={props.onClose}
    />
  );
}

function RespondToRuptureForm(props: FormProps) {
  const { t } = useTranslation();
  const respond = useRespondToRupture(props.partnershipId);
  const { send, failure } = useSend(respond.mutateAsync, props, t('rupture.respond.done'));
  return (
    <TextForm
      title={t('rupture.respond.title')}
      intro={t('rupture.respond.intro')}
      label={t('rupture.respond.text')}
      submit={t('rupture.respond.submit')}
      pending={respond.isPending}
      failure={failure}
      onSubmit={(text) => send({ version: props.status.version, text })}
      onClose={props.onClose}
    />
  );
}

function WithdrawRuptureForm(props: FormProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawRupture(props.partnershipId);
  const { send, failure } = useSend(withdraw.mutateAsync, props, t('rupture.withdraw.done'));
  return (
    <TextForm
      title={t('rupture.withdraw.title')}
      intro={t('rupture.withdraw.intro')}
      label={t('rupture.withdraw.reason')}
      submit={t('rupture.withdraw.submit')}
      pending={withdraw.isPending}
      failure={failure}
      onSubmit={(reason) => send({ version: props.status.version, reason })}
      onClose={props.onClose}
    />
  );
}

interface DecisionDraft {
  body: string;
  reference: string;
  adoptedOn: string;
  noticeGivenOn: string;
  effectiveOn: string;
  fates: Readonly<Record<string, ActionFate>>;
}

/**
 * « Enregistrer la délibération »: the elected body, the reference and date of its deliberation, the notice
 * (given after it, at least the days owed) and the fate of each ongoing action.
 */
function DecideRuptureForm(props: FormProps & { rupture: Rupture; today: string }) {
  const { t, i18n } = useTranslation();
  const { status, today } = props;
  const decide = useDecideRupture(props.partnershipId);
  const { send, failure } = useSend(decide.mutateAsync, props, t('rupture.decide.done'));
  const [draft, setDraft] = useState<DecisionDraft>({
    body: '',
    reference: '',
    adoptedOn: today,
    noticeGivenOn: today,
    effectiveOn: addDays(today, status.requiredNoticeDays),
    fates: {},
  });
  const [missing, setMissing] = useState(false);
  const set = (field: keyof Omit<DecisionDraft, 'fates'>) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const complete =
    draft.body.trim() !== '' &&
    draft.reference.trim() !== '' &&
    [draft.adoptedOn, draft.noticeGivenOn, draft.effectiveOn].every(isCalendarDate) &&
    status.ongoingActions.every((action) => draft.fates[action.id]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(!complete);
    if (!complete) return;
    send({
      version: status.version,
      deliberation: {
        body: draft.body.trim(),
        reference: draft.reference.trim(),
        adoptedOn: draft.adoptedOn,
      },
      noticeGivenOn: draft.noticeGivenOn,
      effectiveOn: draft.effectiveOn,
      actionDecisions: status.ongoingActions.flatMap((action) => {
        const fate = draft.fates[action.id];
        return fate ? [{ actionId: action.id, fate }] : [];
      }),
    });
  };
  const text = (field: 'body' | 'reference', label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {(fieldProps) => (
        <input
          {...fieldProps}
          required
          maxLength={200}
          value={draft[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      )}
    </Field>
  );
  const day = (field: 'adoptedOn' | 'noticeGivenOn' | 'effectiveOn', label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {(fieldProps) => <DateInput {...fieldProps} required value={draft[field]} onChange={set(field)} />}
    </Field>
  );
  return (
    <form className="form form--compact" onSubmit={submit} noValidate aria-label={t('rupture.decide.title')}>
      <h4>{t('rupture.decide.title')}</h4>
      <p className="muted">{t('rupture.decide.intro')}</p>
      <FormAlert message={missing ? t('rupture.decide.incomplete') : failure} />
      {text('body', t('rupture.decide.body'), t('rupture.decide.bodyHint'))}
      {text('reference', t('rupture.decide.reference'))}
      <div className="form__row">
        {day('adoptedOn', t('rupture.decide.adoptedOn'))}
        {day('noticeGivenOn', t('partnershipStatus.terminate.noticeGivenOn'))}
        {day(
          'effectiveOn',
          t('partnershipStatus.terminate.effectiveOn'),
          t('rupture.decide.effectiveOnHint', {
            count: status.requiredNoticeDays,
            date: isCalendarDate(draft.noticeGivenOn)
              ? formatCalendarDate(addDays(draft.noticeGivenOn, status.requiredNoticeDays), i18n.language)
              : '',
          }),
        )}
      </div>
      {status.ongoingActions.length > 0 && (
        <fieldset className="field">
          <legend>{t('partnershipStatus.terminate.actionsTitle')}</legend>
          <p className="field__hint">{t('partnershipStatus.terminate.actionsIntro')}</p>
          {status.ongoingActions.map((action) => (
            <Field
              key={action.id}
              label={t('partnershipStatus.terminate.actionFate', { title: action.title })}
            >
              {(fieldProps) => (
                <ActionFateSelect
                  control={fieldProps}
                  value={draft.fates[action.id]}
                  onChange={(fate) =>
                    setDraft((current) => ({ ...current, fates: withFate(current.fates, action.id, fate) }))
                  }
                />
              )}
            </Field>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={decide.isPending}>
          {t('rupture.decide.submit')}
        </button>
        <button type="button" className="button" onClick={props.onClose}>
          {t('partnershipStatus.cancel')}
        </button>
      </div>
    </form>
  );
}
