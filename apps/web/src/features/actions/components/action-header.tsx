import { ACTION_PRIORITIES, mayChangeActionStatus } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FORM_ERRORS } from '../../../components/ui/error-text';
import { Field, FormAlert, FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { themeLabel } from '../../../components/ui/theme-name';
import { isOneOf } from '../../../lib/is-one-of';
import { useChangeActionStatus } from '../api/change-action-status';
import type { ActionDetail } from '../api/get-action';
import type { ActionPriority, ActionStatus } from '../api/get-actions';
import { useConfirmActionProposer } from '../api/confirm-action-proposer';
import { useCorrectActionProposer } from '../api/correct-action-proposer';
import { useSetActionPriority } from '../api/set-action-priority';
import { ActionBadges } from './action-card';
import { actionFormErrors, describeActionError } from './action-form-errors';
import type { ActionPermissions } from './action-permissions';
import { datesText, joinNames, proposerText, sdgLabel, whereText, type PartyNames } from './action-texts';
import { PartySelect } from './party-select';
import { ActionWarnings } from './action-warnings';

export interface ActionSectionProps {
  partnershipId: string;
  detail: ActionDetail;
  names: PartyNames;
  permissions: ActionPermissions;
}

/** What a form opened from the action page needs: the action, and what to say once its write is done. */
export interface ActionFormProps {
  partnershipId: string;
  detail: ActionDetail;
  /** Closes the form's dialog with this message beside its button. */
  onDone: (message: string) => void;
}

/** Statuses after which nothing moves any more: the user confirms before choosing one. */
const FINAL_STATUSES: readonly ActionStatus[] = ['completed', 'cancelled'];

/**
 * The action at a glance — status and priority, themes and goals, where and by whom, operators, dates, the
 * method's warnings about it — and, for those who steer it, how to change its priority and move its status
 * (the status only for the authority that initiated the action, as the domain rules).
 */
export function ActionHeader({ partnershipId, detail, names, permissions }: ActionSectionProps) {
  const { t, i18n } = useTranslation();
  const action = detail.action;
  const language = i18n.language;
  return (
    <section className="panel panel--section" aria-labelledby="action-title">
      <h2 id="action-title" tabIndex={-1}>
        {action.title}
      </h2>
      <p className="record__meta">
        <ActionBadges action={action} />
      </p>
      <dl className="action-facts" aria-label={t('actions.header.factsLabel')}>
        <dt>{t('actions.facts.themes')}</dt>
        <dd>{action.themes.map((theme) => themeLabel(t, theme, language)).join(', ')}</dd>
        <dt>{t('actions.facts.sdgs')}</dt>
        <dd>
          {action.sdgs.length === 0
            ? t('actions.noSdg')
            : action.sdgs.map((goal) => sdgLabel(t, goal)).join(' ; ')}
        </dd>
        <dt>{t('actions.facts.where')}</dt>
        <dd>{whereText(t, action, names, language)}</dd>
        <dt>{t('actions.facts.initiator')}</dt>
        <dd>
          {proposerText(t, action.proposal, names)}
          {permissions.canRun &&
            action.proposal.confirmedBy === null &&
            names.isMember &&
            names.ownPartyId !== action.proposal.statedBy && (
              <ConfirmProposer partnershipId={partnershipId} detail={detail} />
            )}
          {permissions.canRun && names.isMember && (
            <FormDialog
              openLabel={t('actions.proposerForm.open')}
              openName={t('actions.proposerForm.title')}
              title={t('actions.proposerForm.title')}
              description={t('actions.proposerForm.description')}
            >
              {(done) => (
                <CorrectProposerForm
                  partnershipId={partnershipId}
                  detail={detail}
                  names={names}
                  onDone={done}
                />
              )}
            </FormDialog>
          )}
        </dd>
        <dt>{t('actions.facts.operators')}</dt>
        <dd>
          {action.operators.length === 0
            ? t('actions.noOperator')
            : joinNames(
                action.operators.map((operator) =>
                  t('actions.operatorOf', { name: operator.name, party: names.nameOf(operator.partyId) }),
                ),
                language,
              )}
        </dd>
        <dt>{t('actions.facts.dates')}</dt>
        <dd>{datesText(t, action.startsOn, action.endsOn, language)}</dd>
      </dl>
      <ActionWarnings warnings={action.warnings} label={t('actions.warnings.actionLabel')} />
      {permissions.canRun && (
        <div className="action-controls">
          <FormDialog openLabel={t('actions.priorityForm.submit')} title={t('actions.priorityForm.submit')}>
            {(done) => <PriorityForm partnershipId={partnershipId} detail={detail} onDone={done} />}
          </FormDialog>
          {mayChangeActionStatus(action, names.ownPartyId ?? '') ? (
            <StatusControls partnershipId={partnershipId} detail={detail} />
          ) : (
            <p className="muted">
              {t('actions.statusForm.initiatorOnly', { name: names.nameOf(action.initiatedBy) })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** The other side confirms who the entering side said proposed the action. */
function ConfirmProposer({ partnershipId, detail }: { partnershipId: string; detail: ActionDetail }) {
  const { t } = useTranslation();
  const confirm = useConfirmActionProposer(partnershipId, detail.action.id);
  const error = confirm.error ? describeActionError(t, confirm.error) : undefined;
  return (
    <>
      {' '}
      <button
        type="button"
        className="button button--small"
        disabled={confirm.isPending}
        onClick={() => confirm.mutate({ version: detail.version })}
      >
        {t('actions.confirmProposer')}
      </button>
      {error && <span role="alert"> {error}</span>}
    </>
  );
}

/**
 * Either side corrects who proposed the action (a fact, not who typed it in): the correction is the viewer's
 * party's statement, which the other side confirms again even if it had confirmed the former one.
 */
function CorrectProposerForm({
  partnershipId,
  detail,
  names,
  onDone,
}: ActionFormProps & { names: PartyNames }) {
  const { t } = useTranslation();
  const action = detail.action;
  const correct = useCorrectActionProposer(partnershipId, action.id);
  const current = action.proposal.proposedBy;
  const [proposedBy, setProposedBy] = useState(
    () => names.parties.find((party) => party.partyId !== current)?.partyId ?? current,
  );
  const errors = correct.error ? actionFormErrors(t, correct.error, ['proposedBy']) : NO_FORM_ERRORS;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    correct.mutate(
      { version: detail.version, proposedBy },
      { onSuccess: () => onDone(t('actions.proposerForm.done')) },
    );
  };
  return (
    <form
      className="form form--compact"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.proposerForm.title')}
    >
      <FormAlert message={errors.form} />
      <Field label={t('actions.proposerForm.label')} error={errors.fields['proposedBy']}>
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
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={correct.isPending || proposedBy === current}
        >
          {t('actions.proposerForm.submit')}
        </button>
      </div>
    </form>
  );
}

/** Ranks the action among the partnership's; `onDone` says the new priority is saved. */
function PriorityForm({ partnershipId, detail, onDone }: ActionFormProps) {
  const { t } = useTranslation();
  const action = detail.action;
  const setPriority = useSetActionPriority(partnershipId, action.id);
  const [priority, setPriorityChoice] = useState<ActionPriority>(action.priority);
  const error = setPriority.error ? describeActionError(t, setPriority.error) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPriority.mutate(
      { version: detail.version, priority },
      { onSuccess: () => onDone(t('actions.priorityForm.done')) },
    );
  };
  return (
    <form
      className="form form--compact"
      onSubmit={submit}
      noValidate
      aria-label={t('actions.priorityForm.submit')}
    >
      <FormAlert message={error} />
      <Field label={t('actions.priorityForm.label')}>
        {(props) => (
          <select
            {...props}
            name="priority"
            value={priority}
            onChange={(event) => {
              const next = event.target.value;
              if (isOneOf(ACTION_PRIORITIES, next)) setPriorityChoice(next);
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
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={setPriority.isPending || priority === action.priority}
        >
          {t('actions.priorityForm.submit')}
        </button>
      </div>
    </form>
  );
}

/** The button that moves the action from its status to `to`, in the user's words. */
function transitionLabel(t: TFunction, from: ActionStatus, to: ActionStatus): string {
  switch (to) {
    case 'in_progress':
      return from === 'on_hold' ? t('actions.statusForm.resume') : t('actions.statusForm.start');
    case 'on_hold':
      return t('actions.statusForm.hold');
    case 'completed':
      return t('actions.statusForm.complete');
    case 'cancelled':
      return t('actions.statusForm.cancel');
    case 'planned':
      return t('actions.statusForm.replan');
    default: {
      const unexpected: never = to;
      return unexpected;
    }
  }
}

/** The moves the API allows from the current status; a final one (completed, cancelled) asks to confirm. */
function StatusControls({ partnershipId, detail }: { partnershipId: string; detail: ActionDetail }) {
  const { t } = useTranslation();
  const titleId = useId();
  const action = detail.action;
  const change = useChangeActionStatus(partnershipId, action.id);
  const [confirming, setConfirming] = useState<ActionStatus | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const error = change.error ? describeActionError(t, change.error) : undefined;
  const move = (to: ActionStatus) => {
    setNotice(undefined);
    setConfirming(undefined);
    change.mutate(
      { version: detail.version, to },
      { onSuccess: () => setNotice(t('actions.statusForm.done', { status: t(`actions.statuses.${to}`) })) },
    );
  };
  return (
    <div className="action-status" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('actions.statusForm.title')}</h3>
      <FormAlert message={error} />
      <FormSuccess message={notice} />
      {action.allowedTransitions.length === 0 ? (
        <p className="muted">{t('actions.statusForm.none')}</p>
      ) : confirming ? (
        <div className="callout">
          <p>
            {t('actions.statusForm.confirmFinal', {
              choice: transitionLabel(t, action.status, confirming),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={change.isPending}
              onClick={() => move(confirming)}
            >
              {t('actions.statusForm.confirm')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setConfirming(undefined)}
            >
              {t('actions.statusForm.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          {action.allowedTransitions.map((to) => (
            <button
              key={to}
              type="button"
              className="button button--small"
              disabled={change.isPending}
              onClick={() => (FINAL_STATUSES.includes(to) ? setConfirming(to) : move(to))}
            >
              {transitionLabel(t, action.status, to)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
