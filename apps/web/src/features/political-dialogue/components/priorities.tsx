import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import { useAgreePriority } from '../api/agree-priority';
import type { PoliticalDialogue, Priority } from '../api/get-political-dialogue';
import { useOwnStakes, type Stake } from '../api/get-own-stakes';
import { otherPartyNames, ownPartyFirst } from './party-order';
import { ProposePriorityForm } from './propose-priority-form';

/**
 * The priorities the convention will carry: each one with the stakes it answers and which parties agreed to
 * it (it counts once all did). An elected official gives the agreement of the viewer's party to the ones it
 * has not agreed yet; whoever may write proposes a new one, agreed at once by their party.
 */
export function Priorities({
  partnershipId,
  view,
  ownPartyId,
  canAgree,
  canPropose,
}: {
  partnershipId: string;
  view: PoliticalDialogue;
  ownPartyId: string | undefined;
  canAgree: boolean;
  canPropose: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const stakes = useOwnStakes(partnershipId);
  const agree = useAgreePriority(partnershipId);
  const [notice, setNotice] = useState<string | undefined>();
  const ownParty = view.parties.find((party) => party.partyId === ownPartyId);
  const agreeError = agree.error
    ? describeError(t, agree.error, { 'RESOURCE.CONFLICT': t('politicalDialogue.conflict') })
    : undefined;
  const agreeTo = (priority: Priority) => {
    setNotice(undefined);
    agree.mutate(
      { priorityId: priority.id, version: view.version },
      { onSuccess: () => setNotice(t('politicalDialogue.priorities.agreed', { title: priority.title })) },
    );
  };
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('politicalDialogue.priorities.title')}</h2>
      <p className="muted">{t('politicalDialogue.priorities.intro')}</p>
      <FormAlert message={agreeError} />
      <FormSuccess message={notice} />
      {view.priorities.length === 0 ? (
        <p>{t('politicalDialogue.priorities.empty')}</p>
      ) : (
        <ul className="records" aria-label={t('politicalDialogue.priorities.listLabel')}>
          {view.priorities.map((priority) => (
            <PriorityItem
              key={priority.id}
              priority={priority}
              view={view}
              ownPartyId={ownPartyId}
              ownStakes={stakes.data ?? []}
              canAgree={canAgree && ownParty !== undefined}
              agreeing={agree.isPending}
              onAgree={() => agreeTo(priority)}
            />
          ))}
        </ul>
      )}
      {canPropose && ownParty && (
        <ProposePriorityForm
          partnershipId={partnershipId}
          version={view.version}
          ownPartyName={ownParty.name}
          otherParties={otherPartyNames(view.parties, ownPartyId)}
          stakes={stakes.data ?? []}
        />
      )}
    </section>
  );
}

function PriorityItem({
  priority,
  view,
  ownPartyId,
  ownStakes,
  canAgree,
  agreeing,
  onAgree,
}: {
  priority: Priority;
  view: PoliticalDialogue;
  ownPartyId: string | undefined;
  ownStakes: readonly Stake[];
  canAgree: boolean;
  agreeing: boolean;
  onAgree: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const named = ownStakes.filter((stake) => priority.stakeIds.includes(stake.id));
  // Another party's stakes stay internal to it: they are only counted.
  const othersCount = priority.stakeIds.length - named.length;
  const ownAgreed = ownPartyId !== undefined && priority.agreedBy.includes(ownPartyId);
  return (
    <li className="record">
      <h3 id={titleId} className="record__title">
        {priority.title}
      </h3>
      <p>
        <span className={priority.agreedByAll ? 'badge badge--up' : 'badge'}>
          {priority.agreedByAll
            ? t('politicalDialogue.priorities.agreedByAll')
            : t('politicalDialogue.priorities.awaitingAll')}
        </span>
      </p>
      {named.length > 0 && (
        <p className="record__meta">
          {t('politicalDialogue.priorities.stakes', { stakes: named.map((stake) => stake.title).join(', ') })}
        </p>
      )}
      {othersCount > 0 && (
        <p className="record__meta">
          {t('politicalDialogue.priorities.otherStakes', { count: othersCount })}
        </p>
      )}
      <ul
        className="plain-list"
        aria-label={t('politicalDialogue.priorities.agreementsOf', { title: priority.title })}
      >
        {ownPartyFirst(view.parties, ownPartyId).map((party) => {
          const agreed = priority.agreedBy.includes(party.partyId);
          return (
            <li key={party.partyId}>
              {party.name} :{' '}
              <span className={agreed ? 'badge badge--up' : 'badge'}>
                {agreed
                  ? t('politicalDialogue.priorities.partyAgreed')
                  : t('politicalDialogue.priorities.partyAwaited')}
              </span>
            </li>
          );
        })}
      </ul>
      {canAgree && !ownAgreed && (
        <button
          type="button"
          className="button button--primary button--small"
          aria-describedby={titleId}
          disabled={agreeing}
          onClick={onAgree}
        >
          {t('politicalDialogue.priorities.agree')}
        </button>
      )}
    </li>
  );
}
