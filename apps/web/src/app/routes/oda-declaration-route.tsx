import { OdaDeclarationPage } from '../../features/oda/components/oda-declaration-page';

/** The annual ODA declaration: what the authority paid, what to complete, the exports. */
export function OdaDeclarationRoute() {
  return <OdaDeclarationPage />;
}
