// What the map's sources hold for a region and the currently shown sites; shared by the full
// app and the embed so both draw exactly the same thing.
import { useMemo } from 'react';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import { MAP_FILES } from '../domain/data/output-files';
import { highlightFeatures, infraMapFeatures, municipalityMapFeatures, siteAreaFeatures, siteMapFeatures } from '../map/map-features';
import { pmtilesUrl } from '../map/pmtiles-protocol';
import { regionDataUrl, type LoadedRegion } from './load-region';
import { REGION_ID } from './region-id';

export function useMapLayersData(data: LoadedRegion, shown: BuiltSiteFeature[], selectedId: string | undefined, hoveredId: string | undefined) {
  const context = useMemo(() => {
    const tiles = data.region.tiles;
    // The folder the files were served from (the build's region), whatever id region.json carries.
    const dataUrl = regionDataUrl(REGION_ID, document.baseURI);
    return {
      // The map page never loads the features: MapLibre's worker fetches the map-ready file
      // itself. The proposal page has them in memory already (it checks against them).
      infrastructure: data.infrastructure.length
        ? infraMapFeatures(tiles?.infrastructure ? data.infrastructure.filter((f) => f.geometry.type === 'Point') : data.infrastructure)
        : new URL(MAP_FILES.infrastructure, dataUrl).href,
      municipalities: municipalityMapFeatures(data.municipalities),
      tiles: tiles && {
        infrastructure: tiles.infrastructure && pmtilesUrl(tiles.infrastructure.file, dataUrl),
        municipalities: tiles.municipalities && pmtilesUrl(tiles.municipalities.file, dataUrl),
      },
    };
  }, [data]);
  const sites = useMemo(() => siteMapFeatures(shown), [shown]);
  const siteAreas = useMemo(() => siteAreaFeatures(shown), [shown]);
  const highlight = useMemo(() => highlightFeatures(data.sites, selectedId, hoveredId), [data, selectedId, hoveredId]);
  return { context, sites, siteAreas, highlight };
}
