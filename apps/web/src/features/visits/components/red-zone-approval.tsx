import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormAlert, useFocusFirstInvalidField } from '../../../components/ui/form';
import { formatDay } from '../../../components/ui/format-date';
import { useApproveRedZoneVisit } from '../api/approve-red-zone-visit';
import type { Visit } from '../api/get-visits';
import { visitFormErrors } from './visit-form-errors';
import type { Parties } from './visit-sides';

/**
 * A visit to a zone formally advised against: the banner saying it waits for an elected official of the
 * travelling side, with the approval form for such an official, or who approved it and when.
 */
export function RedZoneApproval({
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
  const approval = visit.redZoneApproval;
  if (approval) {
    return (
      <p className="visit-red-zone visit-red-zone--approved">
        {t('visits.redZone.approved', {
          name: approval.approvedBy.name,
          date: formatDay(approval.approvedAt, i18n.language),
        })}
        {approval.decisionRef && ` ${t('visits.redZone.decision', { ref: approval.decisionRef })}`}
      </p>
    );
  }
  if (!visit.awaitsRedZoneApproval) return null;
  const mine = canApprove && visit.visitingPartyId === parties.me?.partyId;
  // Only a visit still to come can be approved: one that started without it stays flagged.
  const coming = visit.state === 'planned';
  return (
    <div className="visit-red-zone" role="note" aria-label={t('visits.redZone.label')}>
      <p className="visit-red-zone__title">
        <span aria-hidden="true">⛔ </span>
        {t('visits.redZone.awaiting', { party: travelling })}
      </p>
      {!coming ? (
        <p>{t('visits.redZone.notApproved')}</p>
      ) : mine ? (
        <ApproveForm partnershipId={partnershipId} visit={visit} />
      ) : (
        <p>{t('visits.redZone.whoApproves', { party: travelling })}</p>
      )}
    </div>
  );
}

function ApproveForm({ partnershipId, visit }: { partnershipId: string; visit: Visit }) {
  const { t } = useTranslation();
  const approve = useApproveRedZoneVisit(partnershipId);
  const formRef = useRef<HTMLFormElement>(null);
  const [decisionRef, setDecisionRef] = useState('');
  useFocusFirstInvalidField(formRef, approve.error);
  const errors = visitFormErrors(t, approve.error, ['decisionRef']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ref = decisionRef.trim();
    approve.mutate({ visitId: visit.id, version: visit.version, ...(ref ? { decisionRef: ref } : {}) });
  };
  return (
    <form ref={formRef} className="form form--compact" onSubmit={submit} noValidate>
      <FormAlert message={errors.form} />
      <p className="muted">{t('visits.redZone.responsibility')}</p>
      <Field
        label={t('visits.redZone.decisionRef')}
        hint={t('visits.redZone.decisionRefHint')}
        error={errors.fields.decisionRef}
      >
        {(props) => (
          <input
            {...props}
            name="decisionRef"
            maxLength={100}
            autoComplete="off"
            value={decisionRef}
            onChange={(event) => setDecisionRef(event.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={approve.isPending}>
        {t('visits.redZone.approve')}
      </button>
    </form>
  );
}
