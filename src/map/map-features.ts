// What the map sources hold: small flat features (id, names, status, kind) made from the built
// data. Flat properties keep expressions simple and the worker's payload small.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BuiltSiteFeature } from '../domain/schema/derived';
import type { InfraFeature } from '../domain/schema/infrastructure';
import type { MunicipalityFeature } from '../domain/schema/municipality';

type Named = { name: { ru: string; en?: string | undefined } };
const names = (p: Named) => ({ nameRu: p.name.ru, nameEn: p.name.en ?? p.name.ru });

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

export function siteMapFeatures(sites: readonly BuiltSiteFeature[]): FeatureCollection {
  return collection(
    sites.map((s) => ({
      type: 'Feature',
      geometry: (s.geometry.type === 'Point'
        ? { type: 'Point', coordinates: s.properties.derived.displayPoint }
        : s.geometry) as Geometry,
      properties: {
        id: s.properties.id,
        ...names(s.properties),
        status: s.properties.status,
        kind: s.properties.kind,
        precision: s.properties.locationPrecision,
      },
    })),
  );
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
      },
    })),
  );
}

export function municipalityMapFeatures(municipalities: readonly MunicipalityFeature[]): FeatureCollection {
  const features: Feature[] = [];
  for (const m of municipalities) {
    const properties = { id: m.properties.id, ...names(m.properties), type: m.properties.type };
    features.push({ type: 'Feature', geometry: m.geometry as Geometry, properties });
    // A polygon municipality still shows its centre and label as a point.
    if (m.geometry.type !== 'Point' && m.properties.centre) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: m.properties.centre }, properties });
    }
  }
  return collection(features);
}
