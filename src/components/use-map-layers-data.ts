// What the map's sources hold for a region and the currently shown sites; shared by the full
// app and the embed so both draw exactly the same thing.
import { useMemo } from 'react';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import { highlightFeatures, siteAreaFeatures, siteMapFeatures } from '../map/map-features';
import { mapContext } from '../map/map-context';
import type { LoadedRegion } from '../io/load-region';
import { REGION_ID, regionDataUrl } from '../io/region-files';

// The build writes pages' HTML without a document (scripts/build-pages.ts): no map is in that
// HTML, so its data is not made there (it cost a third of the build's time at 2,000 sites).
const noMap = typeof document === 'undefined';

export function useMapLayersData(data: LoadedRegion, shown: BuiltSiteFeature[], selectedId: string | undefined, hoveredId: string | undefined) {
  // The folder the files were served from (the build's region), whatever id region.json carries.
  const context = useMemo(() => (noMap ? mapContext({ region: data.region, infrastructure: [], municipalities: [] }, new URL('file:///')) : mapContext(data, regionDataUrl(REGION_ID, document.baseURI))), [data]);
  const sites = useMemo(() => siteMapFeatures(noMap ? [] : shown), [shown]);
  const siteAreas = useMemo(() => siteAreaFeatures(noMap ? [] : shown), [shown]);
  const highlight = useMemo(() => highlightFeatures(noMap ? [] : data.sites, selectedId, hoveredId), [data, selectedId, hoveredId]);
  return { context, sites, siteAreas, highlight };
}

/** The map view's data props from the hook's result: the full app and the embed pass the same. */
export const mapDataProps = (layers: ReturnType<typeof useMapLayersData>) => ({
  data: layers.context,
  sites: layers.sites,
  siteAreas: layers.siteAreas,
  highlight: layers.highlight,
});
