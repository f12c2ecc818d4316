/** The names the data build writes in public/data/<region>/, whatever the source files are called. */
export const OUTPUT_FILES = {
  region: 'region.json',
  sites: 'sites.geojson',
  infrastructure: 'infrastructure.geojson',
  municipalities: 'municipalities.geojson',
} as const;
