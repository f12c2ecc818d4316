// The validation context of a region, from the data loadRegion reads (page, CLI and receiver alike).
import type { RegionData } from '../data/region-data';
import type { MunicipalityProperties } from '../schema/municipality';
import type { ExistingSite, ValidationContext } from './codes';
import type { MunicipalityRef } from './property-aliases';

/** What a file may call a municipality by (id, names, OKTMO). */
export function municipalityRefs(municipalities: readonly Pick<MunicipalityProperties, 'id' | 'name' | 'oktmo'>[]): MunicipalityRef[] {
  return municipalities.map(({ id, name, oktmo }) => ({ id, name, ...(oktmo ? { oktmo } : {}) }));
}

/** What a region's context is made of, whether read as files (CLI, receiver) or fetched (the page). */
export interface RegionParts {
  region: Pick<RegionData['region'], 'bbox' | 'name'>;
  sites: readonly { properties: { id: string; name: ExistingSite['name'] }; geometry: ExistingSite['geometry'] }[];
  municipalities: readonly { properties: Pick<MunicipalityProperties, 'id' | 'name' | 'oktmo'> }[];
  outline?: RegionData['outline'];
}

/** The one way a validation context is built from a region's data. */
export function validationContext(parts: RegionParts, options: Pick<ValidationContext, 'maxBytes' | 'requireProperties'> = {}): ValidationContext {
  // Point sites (a town centre, an approximate place) have no boundary to overlap.
  const existingSites: ExistingSite[] = [];
  for (const f of parts.sites) {
    if (f.geometry.type === 'Point') continue;
    existingSites.push({ id: f.properties.id, name: f.properties.name, geometry: f.geometry });
  }
  return {
    regionBbox: [...parts.region.bbox],
    regionName: parts.region.name,
    municipalityIds: parts.municipalities.map((m) => m.properties.id),
    municipalities: municipalityRefs(parts.municipalities.map((m) => m.properties)),
    existingSites,
    ...(parts.outline ? { regionOutline: parts.outline } : {}),
    ...options,
  };
}

/** The context of a region as loadRegion reads it (CLI, receiver, tests). */
export function contextFromRegion(data: RegionData, options: Pick<ValidationContext, 'maxBytes' | 'requireProperties'> = {}): ValidationContext {
  const { region, outline } = data;
  return validationContext({ region, sites: data.sites.features, municipalities: data.municipalities.features, ...(outline ? { outline } : {}) }, options);
}
