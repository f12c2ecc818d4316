// Derives each site's metrics for the data build (see derive-site.ts), and fans out the markers
// of sites known only to the same town so each can be seen and clicked.
import type { BuiltSiteFeature } from '../schema/derived';
import { siteCentroid } from '../geo/site-metrics';
import { fanOutColocated } from '../geo/spread';
import { deriveContext, deriveSite } from './derive-site';
import type { RegionData } from './region-data';

export function buildSites(data: RegionData): BuiltSiteFeature[] {
  const ctx = deriveContext(
    data.infrastructure.features,
    data.municipalities.features.map((m) => ({ id: m.properties.id, geometry: m.geometry })),
  );
  const sites = data.sites.features;
  // Only markers are fanned out; a polygon is drawn where it is.
  const pointIdx = sites.flatMap((s, i) => (s.geometry.type === 'Point' ? [i] : []));
  const fanned = fanOutColocated(pointIdx.map((i) => siteCentroid(sites[i]!.geometry)));
  const display = new Map(pointIdx.map((siteIdx, k) => [siteIdx, fanned[k]!]));

  return sites.map((site, i) => {
    const p = site.properties;
    const derived = deriveSite(site.geometry, p.locationPrecision, p.municipalityId, ctx, display.get(i));
    return { type: 'Feature', geometry: site.geometry, properties: { ...p, derived } };
  });
}
