import { useParams, useSearchParams } from 'react-router';
import { PresentationPrint } from '../../features/presentation/components/presentation-print';

/** The print view of the authority's presentation (`?langue=en` for the English text; French otherwise). */
export function PresentationPrintRoute() {
  const { partnershipId = '' } = useParams();
  const [params] = useSearchParams();
  const language = params.get('langue') === 'en' ? 'en' : 'fr';
  return <PresentationPrint partnershipId={partnershipId} language={language} />;
}
