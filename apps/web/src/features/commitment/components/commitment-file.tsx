import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { useCommitment } from '../api/get-commitment';
import { ContributionsSection } from './contributions-section';
import { MotivationsSection } from './motivations-section';
import { PartnerMotivations } from './partner-motivations';
import { StakesSection } from './stakes-section';
import { TerritoryActorsSection } from './territory-actors-section';

/**
 * Step 1 of a partnership for the signed-in authority: motivations, stakes, contributions and territory
 * actors, then the motivations shared on both sides. A link to a section (`#enjeux`) moves the focus to it.
 */
export function CommitmentFile({
  partnershipId,
  canWrite,
  canReview,
}: {
  partnershipId: string;
  canWrite: boolean;
  canReview: boolean;
}) {
  const { t } = useTranslation();
  const commitment = useCommitment(partnershipId);
  useFocusOnHash(commitment.isSuccess);
  if (commitment.isPending) return <p role="status">{t('common.loading')}</p>;
  if (commitment.isError) return <p role="alert">{describeError(t, commitment.error)}</p>;
  const props = { partnershipId, commitment: commitment.data, canWrite };
  return (
    <>
      {!canWrite && <p className="callout">{t('commitment.readOnly')}</p>}
      <MotivationsSection {...props} canReview={canReview} />
      <StakesSection {...props} />
      <ContributionsSection {...props} />
      <TerritoryActorsSection {...props} />
      <PartnerMotivations commitment={commitment.data} />
    </>
  );
}
