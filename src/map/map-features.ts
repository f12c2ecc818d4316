// What the map sources hold: small flat features (id, names, status, kind) made from the built
// data. Flat properties keep expressions simple and the worker's payload small.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import type { InfraFeature } from '../domain/schema/infrastructure';
import type { MunicipalityFeature } from '../domain/schema/municipality';
import { roadmapProps } from './layers/roadmap';

type Named = { name: { ru: string; en?: string | undefined } };
const names = (p: Named) => ({ nameRu: p.name.ru, nameEn: p.name.en ?? p.name.ru });

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

const siteProps = (s: BuiltSiteFeature) => ({
  id: s.properties.id,
  ...names(s.properties),
  status: s.properties.status,
  kind: s.properties.kind,
  precision: s.properties.locationPrecision,
  ...roadmapProps(s.properties.events),
});

/** One marker per site at its drawn position (co-located town-centre points fanned out). */
export function siteMapFeatures(sites: readonly BuiltSiteFeature[]): FeatureCollection {
  return collection(
    sites.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: s.properties.derived.displayPoint },
      properties: siteProps(s),
    })),
  );
}

/** Boundaries of the sites that have one. */
export function siteAreaFeatures(sites: readonly BuiltSiteFeature[]): FeatureCollection {
  return collection(
    sites
      .filter((s) => s.geometry.type !== 'Point')
      .map((s) => ({ type: 'Feature', geometry: s.geometry as Geometry, properties: siteProps(s) })),
  );
}

/** Rings for the selected and the hovered site. */
export function highlightFeatures(
  sites: readonly BuiltSiteFeature[],
  selectedId: string | undefined,
  hoveredId: string | undefined,
): FeatureCollection {
  const features: Feature[] = [];
  for (const [id, role] of [[hoveredId, 'hovered'], [selectedId, 'selected']] as const) {
    const site = id ? sites.find((s) => s.properties.id === id) : undefined;
    if (site) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: site.properties.derived.displayPoint }, properties: { id, role } });
  }
  return collection(features);
}

export function infraMapFeatures(infra: readonly InfraFeature[]): FeatureCollection {
  return collection(
    infra.map((f) => ({
      type: 'Feature',
      geometry: f.geometry as Geometry,
      properties: {
        id: f.properties.id,
        ...names(f.properties),
        kind: f.properties.kind,
        status: f.properties.status,
        precision: f.properties.locationPrecision,
        // The highest voltage of a line (kV), for its width and colour class; 0 when unknown.
        voltage: Math.max(0, ...(f.properties.voltageKv ?? [])),
        ...roadmapProps(f.properties.events),
      },
    })),
  );
}

export function municipalityMapFeatures(municipalities: readonly MunicipalityFeature[]): FeatureCollection {
  const features: Feature[] = [];
  for (const m of municipalities) {
    const population = m.properties.population;
    const properties = {
      id: m.properties.id,
      ...names(m.properties),
      type: m.properties.type,
      // -1 = unknown: the choropleth shows it as "no data", never as zero people.
      population: population && !population.approximate ? population.value : -1,
    };
    features.push({ type: 'Feature', geometry: m.geometry as Geometry, properties });
    // A polygon municipality still shows its centre and label as a point.
    if (m.geometry.type !== 'Point' && m.properties.centre) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: m.properties.centre }, properties });
    }
  }
  return collection(features);
}

/**
 * Whether two collections hold the same features by id, in any order: the same file mapped twice
 * (once for the first map, once by the app) need not be sent to the map's worker again.
 */
export function sameFeatures(a: unknown, b: unknown): boolean {
  const fa = (a as FeatureCollection | undefined)?.features;
  const fb = (b as FeatureCollection | undefined)?.features;
  if (!Array.isArray(fa) || !Array.isArray(fb) || fa.length !== fb.length) return false;
  const count = new Map<unknown, number>();
  for (const f of fa) count.set(f.properties?.id, (count.get(f.properties?.id) ?? 0) + 1);
  for (const f of fb) {
    const n = count.get(f.properties?.id);
    if (!n) return false;
    count.set(f.properties?.id, n - 1);
  }
  return true;
}
