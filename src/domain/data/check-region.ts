// Checks across files that a single schema cannot see: unique ids, references that resolve,
// coordinates inside the region, dated events that agree (check-events.ts). Each problem names file, feature and field like format-issues.
import { centroid, coordAll } from '@turf/turf';
import type { Geometry } from 'geojson';
import type { DataProblem } from './format-issues';
import type { RegionData } from './region-data';
import { OUTLINE_TOLERANCE_KM, kmOutside } from '../geo/outline';
import { CONTEXT_FILES } from './context-files';
import { checkEvents } from './check-events';

const centroidOf = (g: Geometry): number[] => (g.type === 'Point' ? g.coordinates : centroid(g).geometry.coordinates);

function inBbox([lon, lat]: number[], [w, s, e, n]: readonly number[]): boolean {
  return lon! >= w! && lon! <= e! && lat! >= s! && lat! <= n!;
}

export function checkRegion(data: RegionData): DataProblem[] {
  const problems: DataProblem[] = [];
  const { region } = data;
  const layers = [
    { file: region.files.sites, features: data.sites.features },
    { file: region.files.infrastructure, features: data.infrastructure.features },
    { file: region.files.municipalities, features: data.municipalities.features },
  ];
  for (const { file, features } of layers) {
    const seen = new Set<string>();
    for (const f of features) {
      const id = f.properties.id;
      if (seen.has(id)) problems.push({ file, featureId: id, path: 'properties.id', message: 'duplicate id in this file' });
      seen.add(id);
      const outside = coordAll(f.geometry as Geometry).find((c) => !inBbox(c, region.bbox));
      if (outside) {
        problems.push({
          file,
          featureId: id,
          path: 'geometry.coordinates',
          message: `position [${outside.join(', ')}] lies outside the region bbox [${region.bbox.join(', ')}] (lon/lat swapped?)`,
        });
      }
    }
  }
  // Every site and every municipal centre inside the region's outline, where it has one.
  if (data.outline) {
    const centres = data.municipalities.features.flatMap((m) => (m.geometry.type === 'Point' ? [{ id: m.properties.id, at: m.geometry.coordinates }] : []));
    const checks = [
      ...data.sites.features.map((s) => ({ file: region.files.sites, id: s.properties.id, at: centroidOf(s.geometry as Geometry) })),
      ...centres.map((c) => ({ file: region.files.municipalities, id: c.id, at: c.at })),
    ];
    for (const c of checks) {
      const km = kmOutside(c.at, data.outline);
      if (km > OUTLINE_TOLERANCE_KM) {
        problems.push({
          file: c.file,
          featureId: c.id,
          path: 'geometry',
          message: `lies ${km.toFixed(1)} km outside the region's outline (${CONTEXT_FILES.outline}; ${OUTLINE_TOLERANCE_KM} km allowed for its generalisation)`,
        });
      }
    }
  }
  const props = <P>(features: readonly { properties: P }[]) => features.map((f) => f.properties);
  problems.push(...checkEvents(region.files.sites, props(data.sites.features), 'operating'));
  problems.push(...checkEvents(region.files.infrastructure, props(data.infrastructure.features), 'existing'));
  const municipalityIds = new Set(data.municipalities.features.map((m) => m.properties.id));
  for (const site of data.sites.features) {
    if (!municipalityIds.has(site.properties.municipalityId)) {
      problems.push({
        file: region.files.sites,
        featureId: site.properties.id,
        path: 'properties.municipalityId',
        message: `"${site.properties.municipalityId}" is not an id in ${region.files.municipalities}`,
      });
    }
  }
  return problems;
}
