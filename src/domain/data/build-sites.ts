// Derives each site's metrics: area, centroid, bbox, drawn position, municipality and the
// nearest infrastructure of each kind (through the spatial index, never a loop over everything).
import type { BuiltSiteFeature, SiteDerived } from '../schema/derived';
import { buildInfraIndex, nearestByKind, type InfraItem } from '../geo/nearest';
import { areaHa, municipalityAt, siteBbox, siteCentroid } from '../geo/site-metrics';
import { fanOutColocated } from '../geo/spread';
import type { RegionData } from './region-data';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function buildSites(data: RegionData): BuiltSiteFeature[] {
  const infra = data.infrastructure.features;
  const items: InfraItem[] = infra.map((f) => ({
    id: f.properties.id,
    kind: f.properties.kind,
    name: f.properties.name,
    geometry: f.geometry,
  }));
  const exactInfra = new Set(infra.filter((f) => f.properties.locationPrecision === 'exact').map((f) => f.properties.id));
  const index = buildInfraIndex(items);
  const municipalities = data.municipalities.features.map((m) => ({ id: m.properties.id, geometry: m.geometry }));

  const sites = data.sites.features;
  const centroids = sites.map((s) => siteCentroid(s.geometry));
  // Only markers are fanned out; a polygon is drawn where it is.
  const pointIdx = sites.flatMap((s, i) => (s.geometry.type === 'Point' ? [i] : []));
  const fanned = fanOutColocated(pointIdx.map((i) => centroids[i]!));
  const display = new Map(pointIdx.map((siteIdx, k) => [siteIdx, fanned[k]!]));

  return sites.map((site, i) => {
    const centroid = centroids[i]!;
    const siteExact = site.properties.locationPrecision === 'exact';
    const nearest: SiteDerived['nearest'] = {};
    for (const [kind, hit] of Object.entries(nearestByKind(index, centroid))) {
      if (!hit) continue;
      const approximate = !siteExact || !exactInfra.has(hit.id);
      nearest[kind as keyof SiteDerived['nearest']] = {
        id: hit.id,
        name: hit.name,
        km: round3(hit.km),
        ...(approximate ? { approximate: true as const } : {}),
      };
    }
    const byPolygon = municipalityAt(centroid, municipalities);
    const area = areaHa(site.geometry);
    const derived: SiteDerived = {
      ...(area === undefined ? {} : { areaHa: area }),
      centroid,
      bbox: siteBbox(site.geometry),
      displayPoint: display.get(i) ?? centroid,
      municipalityId: byPolygon ?? site.properties.municipalityId,
      municipalitySource: byPolygon ? 'point_in_polygon' : 'declared',
      nearest,
    };
    return { type: 'Feature', geometry: site.geometry, properties: { ...site.properties, derived } };
  });
}
