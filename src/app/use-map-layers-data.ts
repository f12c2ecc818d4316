// What the map's sources hold for a region and the currently shown sites; shared by the full
// app and the embed so both draw exactly the same thing.
import { useMemo } from 'react';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import { highlightFeatures, infraMapFeatures, municipalityMapFeatures, siteAreaFeatures, siteMapFeatures } from '../map/map-features';
import type { LoadedRegion } from './load-region';

export function useMapLayersData(data: LoadedRegion, shown: BuiltSiteFeature[], selectedId: string | undefined, hoveredId: string | undefined) {
  const context = useMemo(
    () => ({ infrastructure: infraMapFeatures(data.infrastructure), municipalities: municipalityMapFeatures(data.municipalities) }),
    [data],
  );
  const sites = useMemo(() => siteMapFeatures(shown), [shown]);
  const siteAreas = useMemo(() => siteAreaFeatures(shown), [shown]);
  const highlight = useMemo(() => highlightFeatures(data.sites, selectedId, hoveredId), [data, selectedId, hoveredId]);
  return { context, sites, siteAreas, highlight };
}
