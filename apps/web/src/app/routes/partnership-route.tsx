import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PartnershipStepper } from '../../features/assessment/components/partnership-stepper';
import { useSession } from '../../features/auth/api/get-session';
import { InternalNotes } from '../../features/partnerships/components/internal-notes';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { RuptureSignalsSection } from '../../features/method-warnings/components/rupture-signals-section';
import { PartnershipStatusSection } from '../../features/partnership-status/components/partnership-status-section';
import { InvitePartnerForm } from '../../features/partnerships/components/invite-partner-form';
import { FormDialog } from '../../components/ui/form-dialog';
import { LegalVariantsPanel } from '../../features/legal-variants/components/legal-variants-panel';
import {
  PartnershipDetails,
  usePartnershipFound,
} from '../../features/partnerships/components/partnership-details';
import { roleCan, type UserRole } from '../../lib/auth/user-roles';
import type { StepId } from '@passerelle/domain';

/**
 * Whether the viewer has a step's page: the authority's own preparation (commitment, presentation) is not
 * shown to a partner's accounts, and the partner search is the initiator's own work.
 */
function canOpenStep(step: StepId, role: UserRole | undefined, initiates: boolean): boolean {
  switch (step) {
    case 'COMMITMENT':
    case 'PRESENTATION':
      return roleCan(role, 'partnership.internal.read');
    case 'PARTNER_SEARCH':
      return initiates && roleCan(role, 'partnership.read');
    default:
      return roleCan(role, 'partnership.read');
  }
}

export function PartnershipRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const session = useSession().data;
  const role = session?.user?.role;
  const found = usePartnershipFound(partnershipId);
  // The partner search is the initiator's own work: other parties have no page for it.
  const partnership = usePartnership(partnershipId).data;
  const initiates = partnership?.yourRole === 'initiator';
  const partyName = (partyId: string) =>
    partnership?.parties.find((party) => party.organisationId === partyId)?.name;
  return (
    <>
      <p className="link-line">
        <Link to="/partenariats">{t('partnerships.back')}</Link>
      </p>
      <PartnershipDetails partnershipId={partnershipId} />
      {found && (
        <>
          <PartnershipStepper
            partnershipId={partnershipId}
            partyName={partyName}
            canOpenStep={(step) => canOpenStep(step, role, initiates)}
          />
          {partnership && (
            <LegalVariantsPanel partnership={partnership} canRun={roleCan(role, 'partnership.run')} />
          )}
          {roleCan(role, 'partnership.read') && (
            <PartnershipStatusSection
              partnershipId={partnershipId}
              abilities={{
                organisationId: session?.organisation?.id,
                canRun: roleCan(role, 'partnership.run'),
                canRespond: roleCan(role, 'rupture.respond'),
                canDecide: roleCan(role, 'rupture.decide'),
              }}
              partyName={(partyId) => partyName(partyId) ?? partyId}
            />
          )}
          {roleCan(role, 'partnership.read') && partnership && (
            <RuptureSignalsSection
              partnershipId={partnershipId}
              parties={partnership.parties.map((party) => ({ id: party.organisationId, name: party.name }))}
              abilities={{
                organisationId: session?.organisation?.id,
                initiates,
                canRecord: roleCan(role, 'rupture-signal.record'),
              }}
            />
          )}
          <div className="grid grid--section">
            {roleCan(role, 'partnership.run') && (
              <section className="panel" aria-labelledby="invite-partner-title">
                <h2 id="invite-partner-title">{t('invitePartner.title')}</h2>
                <p className="muted">{t('invitePartner.intro')}</p>
                <FormDialog openLabel={t('invitePartner.open')} title={t('invitePartner.title')}>
                  {(done) => <InvitePartnerForm partnershipId={partnershipId} onDone={done} />}
                </FormDialog>
              </section>
            )}
            {roleCan(role, 'partnership.internal.read') && (
              <InternalNotes
                partnershipId={partnershipId}
                canWrite={roleCan(role, 'partnership.internal.write')}
              />
            )}
          </div>
        </>
      )}
    </>
  );
}
