import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormSuccess } from '../../../components/ui/form';
import { FormDialog } from '../../../components/ui/form-dialog';
import { formatCalendarDate } from '../../../components/ui/format-date';
import { domainText } from '../../../lib/i18n/domain-text';
import { CONVENTION_SECTION_IDS, motivationsSideBySidePath } from '../../../lib/partnership-paths';
import type { Convention, ConventionApproval, ConventionStep } from '../api/get-convention';
import { ApproveConventionForm } from './approve-convention-form';
import type { ConventionPermissions } from './convention-permissions';
import { currentVersionOf, isAvailable, partyNameOf } from './convention-texts';
import { StoredFileLink } from './stored-file-link';

/**
 * « Approbations » : for the current version, each party's council decision (reference, date, file) or that
 * it is still awaited; approvals of earlier versions, which no longer count; and for the viewer's own party,
 * the form to record its council's approval — with what the political dialogue still lacks, if anything.
 */
export function ConventionApprovals({
  partnershipId,
  step,
  permissions,
}: {
  partnershipId: string;
  step: ConventionStep;
  permissions: ConventionPermissions;
}) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | undefined>();
  const sectionId = CONVENTION_SECTION_IDS.approvals;
  const convention = step.convention;
  const current = convention ? currentVersionOf(convention) : undefined;
  return (
    <section className="panel panel--section" aria-labelledby={sectionId}>
      <h2 id={sectionId} tabIndex={-1} className="anchor-target">
        {t('convention.approvals.title')}
      </h2>
      <FormSuccess message={notice} />
      {!convention || !current ? (
        <p>{t('convention.approvals.none')}</p>
      ) : (
        <>
          <p className="muted">{t('convention.approvals.intro', { number: current.number })}</p>
          <CurrentApprovals
            partnershipId={partnershipId}
            step={step}
            convention={convention}
            version={current.number}
            ownPartyId={permissions.ownPartyId}
          />
          <EarlierApprovals
            partnershipId={partnershipId}
            step={step}
            convention={convention}
            version={current.number}
          />
          {permissions.canApprove &&
            permissions.ownPartyId !== undefined &&
            isAvailable(step, 'ApproveConvention') &&
            !hasApproved(convention, permissions.ownPartyId, current.number) && (
              <>
                <MissingForApproval
                  partnershipId={partnershipId}
                  step={step}
                  ownPartyId={permissions.ownPartyId}
                />
                <FormDialog
                  openLabel={t('convention.approve.title', { number: current.number })}
                  title={t('convention.approve.title', { number: current.number })}
                  emphasis="primary"
                  settled={{ announce: setNotice, focus: () => document.getElementById(sectionId) }}
                >
                  {(done) => (
                    <ApproveConventionForm
                      partnershipId={partnershipId}
                      version={step.version}
                      conventionVersion={current.number}
                      onDone={done}
                    />
                  )}
                </FormDialog>
              </>
            )}
        </>
      )}
    </section>
  );
}

function hasApproved(convention: Convention, partyId: string, version: number): boolean {
  return convention.approvals.some(
    (approval) => approval.partyId === partyId && approval.version === version,
  );
}

function CurrentApprovals({
  partnershipId,
  step,
  convention,
  version,
  ownPartyId,
}: {
  partnershipId: string;
  step: ConventionStep;
  convention: Convention;
  version: number;
  ownPartyId: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <ul
      className="plain-list convention-approvals"
      aria-label={t('convention.approvals.listLabel', { number: version })}
    >
      {step.parties.map((party) => {
        const approval = convention.approvals.find(
          (candidate) => candidate.partyId === party.partyId && candidate.version === version,
        );
        return (
          <li key={party.partyId}>
            <strong>
              {party.partyId === ownPartyId ? t('convention.ownParty', { party: party.name }) : party.name}
            </strong>{' '}
            :{' '}
            {approval ? (
              <ApprovalText partnershipId={partnershipId} approval={approval} />
            ) : (
              <span className="badge">{t('convention.approvals.awaiting')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function ApprovalText({ partnershipId, approval }: { partnershipId: string; approval: ConventionApproval }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className="badge badge--up">{t('convention.approvals.approved')}</span>{' '}
      {t('convention.approvals.decision', {
        ref: approval.councilDecisionRef,
        date: formatCalendarDate(approval.decidedOn, i18n.language),
      })}
      {approval.decisionFile && (
        <>
          {' — '}
          <StoredFileLink partnershipId={partnershipId} file={approval.decisionFile} />
        </>
      )}
    </>
  );
}

function EarlierApprovals({
  partnershipId,
  step,
  convention,
  version,
}: {
  partnershipId: string;
  step: ConventionStep;
  convention: Convention;
  version: number;
}) {
  const { t } = useTranslation();
  const earlier = convention.approvals.filter((approval) => approval.version !== version);
  if (earlier.length === 0) return null;
  return (
    <>
      <h3>{t('convention.approvals.earlierTitle')}</h3>
      <p className="muted">{t('convention.approvals.earlierIntro')}</p>
      <ul>
        {earlier.map((approval) => (
          <li key={`${approval.partyId}-${approval.version}`}>
            {t('convention.approvals.earlier', {
              party: partyNameOf(step.parties, approval.partyId),
              number: approval.version,
            })}{' '}
            <ApprovalText partnershipId={partnershipId} approval={approval} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What the political dialogue still lacks before any council may approve (the API refuses until then), each
 * with whom it waits for: a party that did its part is told it waits for the other, not asked again.
 */
function MissingForApproval({
  partnershipId,
  step,
  ownPartyId,
}: {
  partnershipId: string;
  step: ConventionStep;
  ownPartyId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (step.awaitedForApproval.length === 0) return null;
  const nameOf = (partyId: string) =>
    step.parties.find((party) => party.partyId === partyId)?.name ?? partyId;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const awaitedText = (awaited: readonly string[]) => {
    const others = awaited.filter((partyId) => partyId !== ownPartyId).map(nameOf);
    if (ownPartyId && awaited.includes(ownPartyId))
      return others.length === 0
        ? t('politicalDialogue.readiness.awaitingYou')
        : t('politicalDialogue.readiness.awaitingYouAnd', { parties: list.format(others) });
    return others.length === 0
      ? ''
      : t('politicalDialogue.readiness.awaitingOthers', { parties: list.format(others) });
  };
  return (
    <div className="callout">
      <p>{t('convention.approvals.missingIntro')}</p>
      <ul>
        {step.awaitedForApproval.map((missing) => (
          <li key={missing.criterion}>
            {domainText(t, `criteria.${missing.criterion}`) ?? missing.criterion}{' '}
            <span className="muted">{awaitedText(missing.awaitedParties)}</span>
          </li>
        ))}
      </ul>
      <p className="link-line">
        <Link to={motivationsSideBySidePath(partnershipId)}>{t('convention.approvals.missingLink')}</Link>
      </p>
    </div>
  );
}
