// The validation context of a region, from the data loadRegion reads (page, CLI and receiver alike).
import type { RegionData } from '../data/region-data';
import type { MunicipalityProperties } from '../schema/municipality';
import type { ExistingSite, ValidationContext } from './codes';
import type { MunicipalityRef } from './property-aliases';

/** What a file may call a municipality by (id, names, OKTMO); the page builds its context with it too. */
export function municipalityRefs(municipalities: readonly Pick<MunicipalityProperties, 'id' | 'name' | 'oktmo'>[]): MunicipalityRef[] {
  return municipalities.map(({ id, name, oktmo }) => ({ id, name, ...(oktmo ? { oktmo } : {}) }));
}

export function contextFromRegion(
  data: RegionData,
  options: Pick<ValidationContext, 'maxBytes' | 'requireProperties'> = {},
): ValidationContext {
  // Point sites (a town centre, an approximate place) have no boundary to overlap.
  const existingSites: ExistingSite[] = [];
  for (const f of data.sites.features) {
    if (f.geometry.type === 'Point') continue;
    existingSites.push({ id: f.properties.id, name: f.properties.name, geometry: f.geometry });
  }
  return {
    regionBbox: [...data.region.bbox],
    regionName: data.region.name,
    municipalityIds: data.municipalities.features.map((m) => m.properties.id),
    municipalities: municipalityRefs(data.municipalities.features.map((m) => m.properties)),
    existingSites,
    ...(data.outline ? { regionOutline: data.outline } : {}),
    ...options,
  };
}
