import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { useApproveDialoguePlan } from '../api/approve-dialogue-plan';
import type { Dialogue } from '../api/get-dialogue';

/**
 * Who approved the dialogue plan, party by party. The signed-in user's party approves it here when it has
 * not yet (with the version read); the API approves for the user's own party only.
 */
export function DialogueApproval({
  partnershipId,
  dialogue,
  ownPartyId,
  canApprove,
}: {
  partnershipId: string;
  dialogue: Dialogue;
  ownPartyId: string | undefined;
  canApprove: boolean;
}) {
  const { t, i18n } = useTranslation();
  const approve = useApproveDialoguePlan(partnershipId);
  const [notice, setNotice] = useState<string | undefined>();
  const plan = dialogue.plan;
  if (!plan) return null;
  const error = approve.error
    ? describeError(t, approve.error, { 'RESOURCE.CONFLICT': t('dialogue.conflict') })
    : undefined;
  return (
    <section className="panel panel--section" aria-labelledby="dialogue-approval">
      <h2 id="dialogue-approval">{t('dialogue.approval.title')}</h2>
      <p className="muted">
        {t('dialogue.approval.proposedOn', { date: formatDay(plan.proposedAt, i18n.language) })}{' '}
        {t('dialogue.approval.tolerance', { count: plan.toleranceDays })}
      </p>
      {plan.approvedByAll && <p>{t('dialogue.approval.byAll')}</p>}
      <FormAlert message={error} />
      <FormSuccess message={notice} />
      <ul className="plain-list" aria-label={t('dialogue.approval.listLabel')}>
        {dialogue.parties.map((party) => {
          const approved = plan.approvedBy.includes(party.partyId);
          return (
            <li key={party.partyId}>
              {party.name} :{' '}
              <span className={approved ? 'badge badge--up' : 'badge'}>
                {approved ? t('dialogue.approval.approved') : t('dialogue.approval.awaiting')}
              </span>
              {!approved && canApprove && party.partyId === ownPartyId && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button--primary button--small"
                    disabled={approve.isPending}
                    onClick={() => {
                      setNotice(undefined);
                      approve.mutate(
                        { version: dialogue.version },
                        { onSuccess: () => setNotice(t('dialogue.approval.done')) },
                      );
                    }}
                  >
                    {t('dialogue.approval.approve')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
