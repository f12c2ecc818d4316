// osmtogeojson 2 ships no types. Only what the import uses is declared here.
declare module 'osmtogeojson' {
  import type { FeatureCollection, Geometry } from 'geojson';

  export interface OsmGeoJsonProperties {
    type: 'node' | 'way' | 'relation';
    id: number;
    tags: Record<string, string>;
    relations: unknown[];
    meta: Record<string, unknown>;
    tainted?: true;
  }

  interface Options {
    verbose?: boolean;
    flatProperties?: false;
    uninterestingTags?: Record<string, boolean>;
    polygonFeatures?: Record<string, unknown> | ((tags: Record<string, string>) => boolean);
  }

  function osmtogeojson(data: unknown, options?: Options): FeatureCollection<Geometry, OsmGeoJsonProperties>;
  export default osmtogeojson;
}
