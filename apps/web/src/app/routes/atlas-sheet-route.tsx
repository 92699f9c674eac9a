import { AtlasSheetPage } from '../../features/official-outputs/components/atlas-sheet-page';

/** The authority's sheet for the national atlas of decentralised cooperation. */
export function AtlasSheetRoute() {
  return <AtlasSheetPage />;
}
