import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { FormAlert, FormSuccess } from '../../../components/ui/form';
import { usePartnershipStatus, type PartnershipStatus } from '../api/get-partnership-status';
import { useResumePartnership } from '../api/resume-partnership';
import { PartnershipStatusSummary } from './partnership-status-summary';
import { RupturePanel, type RuptureAbilities } from './rupture-panel';
import { browserToday } from './status-dates';
import { staleRefusalOf } from './status-form-errors';
import { SuspendPartnershipForm } from './suspend-partnership-form';
import { TerminatePartnershipForm } from './terminate-partnership-form';
import './partnership-status.css';

type StatusForm = 'suspend' | 'terminate';

/**
 * What the last command came to, shown above the status: a success (its form closes), or a refusal because the
 * partnership is no longer as read — the status reloads and may no longer offer the form at all.
 */
type Outcome = { kind: 'done' | 'refused'; message: string } | undefined;

/**
 * « Statut du partenariat » on the partnership's page, the same for every party: active, suspended or ended.
 * Those who run the partnership (`canRun`) suspend it, resume it or end it in order from here — never on an
 * ended partnership, which nothing can change any more.
 */
export function PartnershipStatusSection({
  partnershipId,
  abilities,
  partyName,
}: {
  partnershipId: string;
  abilities: RuptureAbilities;
  partyName: (partyId: string) => string;
}) {
  const canRun = abilities.canRun;
  const { t } = useTranslation();
  const status = usePartnershipStatus(partnershipId);
  const [today] = useState(browserToday);
  const [outcome, setOutcome] = useState<Outcome>();
  return (
    <section className="panel panel--section" aria-labelledby="partnership-status-title">
      <h2 id="partnership-status-title">{t('partnershipStatus.title')}</h2>
      {status.isPending && <p role="status">{t('common.loading')}</p>}
      {status.isError && <p role="alert">{describeError(t, status.error)}</p>}
      <FormSuccess message={outcome?.kind === 'done' ? outcome.message : undefined} />
      <FormAlert message={outcome?.kind === 'refused' ? outcome.message : undefined} />
      {status.isSuccess && (
        <>
          <PartnershipStatusSummary partnershipId={partnershipId} status={status.data} today={today} />
          {canRun && status.data.status !== 'terminated' && (
            <StatusCommands
              partnershipId={partnershipId}
              status={status.data}
              today={today}
              onOutcome={setOutcome}
            />
          )}
          <RupturePanel
            partnershipId={partnershipId}
            status={status.data}
            today={today}
            abilities={abilities}
            partyName={partyName}
            onDone={(message) => setOutcome({ kind: 'done', message })}
            onStale={(message) => setOutcome({ kind: 'refused', message })}
          />
        </>
      )}
    </section>
  );
}

/** Suspend or resume, and end: each form opens on demand, one at a time. */
function StatusCommands({
  partnershipId,
  status,
  today,
  onOutcome,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  today: string;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<StatusForm | undefined>();
  const toggle = (form: StatusForm) => {
    onOutcome(undefined);
    setOpen((current) => (current === form ? undefined : form));
  };
  const done = (message: string) => {
    setOpen(undefined);
    onOutcome({ kind: 'done', message });
  };
  // The form stays open with what was typed: once the status reloads, the user checks and sends again.
  const refused = (message: string) => onOutcome({ kind: 'refused', message });
  // During a rupture's notice the partnership runs to its end: neither suspended nor ended otherwise.
  if (status.rupture?.stage === 'notice') return null;
  return (
    <>
      <div className="actions">
        {status.status === 'suspended' ? (
          <ResumeButton partnershipId={partnershipId} status={status} onDone={done} onRefused={refused} />
        ) : (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'suspend'}
            onClick={() => toggle('suspend')}
          >
            {t('partnershipStatus.suspend.open')}
          </button>
        )}
        {status.canAbandon && (
          <button
            type="button"
            className="button"
            aria-expanded={open === 'terminate'}
            onClick={() => toggle('terminate')}
          >
            {t('partnershipStatus.terminate.open')}
          </button>
        )}
      </div>
      {open === 'suspend' && status.status === 'active' && (
        <SuspendPartnershipForm
          partnershipId={partnershipId}
          status={status}
          onDone={done}
          onStale={refused}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open === 'terminate' && status.canAbandon && (
        <TerminatePartnershipForm
          partnershipId={partnershipId}
          status={status}
          today={today}
          onDone={done}
          onStale={refused}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}

/** « Reprendre le partenariat »: no form, the version read is enough; a refusal shows above the status. */
function ResumeButton({
  partnershipId,
  status,
  onDone,
  onRefused,
}: {
  partnershipId: string;
  status: PartnershipStatus;
  onDone: (message: string) => void;
  onRefused: (message: string) => void;
}) {
  const { t } = useTranslation();
  const resume = useResumePartnership(partnershipId);
  const resumeNow = () => {
    void resume.mutateAsync({ version: status.version }).then(
      () => onDone(t('partnershipStatus.resume.done')),
      (error: unknown) => onRefused(staleRefusalOf(t, error) ?? describeError(t, error)),
    );
  };
  return (
    <button type="button" className="button button--primary" disabled={resume.isPending} onClick={resumeNow}>
      {t('partnershipStatus.resume.submit')}
    </button>
  );
}
