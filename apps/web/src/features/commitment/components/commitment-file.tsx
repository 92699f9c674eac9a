import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
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

/**
 * Once the sections are shown, focuses the one the address names. Deferred, so that it wins over the app
 * shell moving the focus to the page after a navigation.
 */
function useFocusOnHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return undefined;
    const timer = window.setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.focus();
      target?.scrollIntoView?.({ block: 'start' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [ready, hash]);
}
