import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { useApproveOrangeZoneVisit } from '../api/approve-orange-zone-visit';
import type { Visit } from '../api/get-visits';
import { visitFormErrors } from './visit-form-errors';
import type { Parties } from './visit-sides';

/**
 * A visit to an orange zone ("déconseillé sauf raison impérative"): the banner saying it waits for an elected
 * official of the travelling side, with the approval form for such an official (the imperative reason, then a
 * confirmation step), or who approved it, when and why.
 */
export function OrangeZoneApproval({
  partnershipId,
  visit,
  parties,
  canApprove,
}: {
  partnershipId: string;
  visit: Visit;
  parties: Parties;
  canApprove: boolean;
}) {
  const { t, i18n } = useTranslation();
  const travelling = parties.nameOf(visit.visitingPartyId);
  const approval = visit.travelApproval;
  if (approval) {
    return (
      <div className="visit-red-zone visit-red-zone--approved">
        <p>
          {t('visits.orangeZone.approved', {
            name: approval.approvedBy.name,
            date: formatDay(approval.approvedAt, i18n.language),
          })}
          {approval.decisionRef && ` ${t('visits.orangeZone.decision', { ref: approval.decisionRef })}`}
        </p>
        <p>
          {approval.reason
            ? t('visits.orangeZone.reasonGiven', { reason: approval.reason })
            : t('visits.orangeZone.formerRule')}
        </p>
      </div>
    );
  }
  if (!visit.awaitsTravelApproval) return null;
  const mine = canApprove && visit.visitingPartyId === parties.me?.partyId;
  // Only a visit still to come can be approved: one that started without it stays flagged.
  const coming = visit.state === 'planned';
  return (
    <div className="visit-red-zone" role="note" aria-label={t('visits.orangeZone.label')}>
      <p className="visit-red-zone__title">
        <span aria-hidden="true">⚠ </span>
        {t('visits.orangeZone.awaiting', { party: travelling })}
      </p>
      {!coming ? (
        <p>{t('visits.orangeZone.notApproved')}</p>
      ) : mine ? (
        <ApproveForm partnershipId={partnershipId} visit={visit} />
      ) : (
        <p>{t('visits.orangeZone.whoApproves', { party: travelling })}</p>
      )}
    </div>
  );
}

function ApproveForm({ partnershipId, visit }: { partnershipId: string; visit: Visit }) {
  const { t } = useTranslation();
  const approve = useApproveOrangeZoneVisit(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState('');
  const [decisionRef, setDecisionRef] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [reasonMissing, setReasonMissing] = useState(false);
  useFocusFirstInvalidField(formRef, approve.error);
  const errors = visitFormErrors(t, approve.error, ['reason', 'decisionRef']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    // First the elected official reads back what they are about to approve; the request goes on confirming.
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const ref = decisionRef.trim();
    approve.mutate({
      visitId: visit.id,
      version: visit.version,
      reason: reason.trim(),
      ...(ref ? { decisionRef: ref } : {}),
    });
  };
  return (
    <form ref={formRef} className="form form--compact" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <p className="muted">{t('visits.orangeZone.responsibility')}</p>
      <Field
        label={t('visits.orangeZone.reason')}
        hint={t('visits.orangeZone.reasonHint')}
        error={errors.fields.reason ?? (reasonMissing ? t('visits.orangeZone.reasonRequired') : undefined)}
      >
        {(props) => (
          <textarea
            {...props}
            name="reason"
            required
            rows={2}
            maxLength={300}
            readOnly={confirming}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setReasonMissing(false);
            }}
          />
        )}
      </Field>
      <Field
        label={t('visits.orangeZone.decisionRef')}
        hint={t('visits.orangeZone.decisionRefHint')}
        error={errors.fields.decisionRef}
      >
        {(props) => (
          <input
            {...props}
            name="decisionRef"
            maxLength={100}
            autoComplete="off"
            readOnly={confirming}
            value={decisionRef}
            onChange={(event) => setDecisionRef(event.target.value)}
          />
        )}
      </Field>
      {confirming ? (
        <div className="callout" role="alert">
          <p>{t('visits.orangeZone.confirmQuestion', { reason: reason.trim() })}</p>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={approve.isPending}>
              {t('visits.orangeZone.confirm')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('visits.orangeZone.back')}
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" className="button button--primary">
          {t('visits.orangeZone.approve')}
        </button>
      )}
    </form>
  );
}
