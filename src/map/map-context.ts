// The context layers' sources for a region (infrastructure, municipal boundaries, tiles): one
// function for the map made before the app loads and for the app's own, so both hold the same.
import { MAP_FILES } from '../domain/data/output-files';
import { CONTEXT_FILES } from '../domain/data/context-files';
import type { ContextUrls } from './layers/context';
import type { InfraFeature } from '../domain/schema/infrastructure';
import type { MunicipalityFeature } from '../domain/schema/municipality';
import type { RegionConfig } from '../domain/schema/region';
import { infraMapFeatures, municipalityMapFeatures } from './map-features';
import { pmtilesUrl } from './pmtiles-protocol';
import type { ProjectData } from './style';

export interface ContextInput {
  region: Pick<RegionConfig, 'tiles' | 'context'>;
  infrastructure: readonly InfraFeature[];
  municipalities: readonly MunicipalityFeature[];
}

export function mapContext(data: ContextInput, dataUrl: URL): Pick<ProjectData, 'infrastructure' | 'municipalities' | 'tiles' | 'context'> {
  const tiles = data.region.tiles;
  return {
    // The map pages never load the features: MapLibre's worker fetches the map-ready file
    // itself. The proposal page has them in memory already (it checks against them).
    infrastructure: data.infrastructure.length
      ? infraMapFeatures(tiles?.infrastructure ? data.infrastructure.filter((f) => f.geometry.type === 'Point') : data.infrastructure)
      : new URL(MAP_FILES.infrastructure, dataUrl).href,
    municipalities: municipalityMapFeatures(data.municipalities),
    ...(data.region.context
      ? { context: Object.fromEntries(Object.entries(CONTEXT_FILES).map(([k, file]) => [k, new URL(file, dataUrl).href])) as unknown as ContextUrls }
      : {}),
    tiles: tiles && {
      infrastructure: tiles.infrastructure && pmtilesUrl(tiles.infrastructure.file, dataUrl),
      municipalities: tiles.municipalities && pmtilesUrl(tiles.municipalities.file, dataUrl),
    },
  };
}
