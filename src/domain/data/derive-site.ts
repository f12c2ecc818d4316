// One site's derived metrics: area, centroid, bbox, municipality and the nearest infrastructure
// of each kind (and of power lines by voltage class) through the spatial index: from the boundary of a site that has one (0 when a
// feature touches, crosses or lies in it), from the point of one that has not. The data build and
// the proposal preview both use it, so a proposed site is measured exactly as investors will see it;
// the passport, the filters, compare and the exports read what it wrote.
import type { SiteDerived } from '../schema/derived';
import type { InfraFeature } from '../schema/infrastructure';
import type { LocationPrecision } from '../schema/common';
import { isBuilt, nearTargetsOf } from '../schema/vocabulary';
import { nearestByKindFromEdge, type EdgeNearest } from '../geo/edge-nearest';
import { buildInfraIndex, nearestByKind, type InfraIndex } from '../geo/nearest';
import { areaHa, municipalityAt, siteBbox, siteCentroid, type MunicipalityShape, type SiteGeometry } from '../geo/site-metrics';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export interface DeriveContext {
  index: InfraIndex;
  exactInfra: ReadonlySet<string>;
  municipalities: readonly MunicipalityShape[];
}

export function deriveContext(infra: readonly InfraFeature[], municipalities: readonly MunicipalityShape[]): DeriveContext {
  // Distances are to what exists (vocabulary.ts NOT_BUILT).
  const index = buildInfraIndex(
    infra
      .filter((f) => isBuilt(f.properties.status))
      .map((f) => ({
        id: f.properties.id,
        kind: f.properties.kind,
        targets: nearTargetsOf(f.properties.kind, f.properties.voltageKv),
        name: f.properties.name,
        geometry: f.geometry,
      })),
  );
  const exactInfra = new Set(infra.filter((f) => f.properties.locationPrecision === 'exact').map((f) => f.properties.id));
  return { index, exactInfra, municipalities };
}

export function deriveSite(
  geometry: SiteGeometry,
  precision: LocationPrecision,
  declaredMunicipalityId: string,
  ctx: DeriveContext,
  displayPoint?: [number, number],
): SiteDerived {
  const centroid = siteCentroid(geometry);
  const nearest: SiteDerived['nearest'] = {};
  const fromBoundary = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const hits: EdgeNearest = fromBoundary ? nearestByKindFromEdge(ctx.index, geometry) : nearestByKind(ctx.index, centroid);
  for (const [kind, hit] of Object.entries(hits)) {
    if (!hit) continue;
    // A distance is only as good as its two ends.
    const approximate = precision !== 'exact' || !ctx.exactInfra.has(hit.id);
    nearest[kind as keyof SiteDerived['nearest']] = {
      id: hit.id,
      name: hit.name,
      km: round3(hit.km),
      ...(approximate ? { approximate: true as const } : {}),
      ...(hit.contact ? { contact: hit.contact } : {}),
    };
  }
  const byPolygon = municipalityAt(centroid, ctx.municipalities);
  const area = areaHa(geometry);
  return {
    ...(area === undefined ? {} : { areaHa: area }),
    centroid,
    bbox: siteBbox(geometry),
    displayPoint: displayPoint ?? centroid,
    municipalityId: byPolygon ?? declaredMunicipalityId,
    municipalitySource: byPolygon ? 'point_in_polygon' : 'declared',
    distancesFrom: fromBoundary ? 'boundary' : 'point',
    nearest,
  };
}
