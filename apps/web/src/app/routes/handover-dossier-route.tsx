import { HandoverDossierPage } from '../../features/official-outputs/components/handover-dossier-page';

/** The handover dossier of the authority's partnerships. */
export function HandoverDossierRoute() {
  return <HandoverDossierPage />;
}
