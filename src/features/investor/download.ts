// Export runs on demand: its code (and papaparse) load only when the user asks for a file.
import type { BuiltSiteFeature } from '../../domain/schema/derived';
import type { Lang } from '../../i18n/lang';
import { saveFile } from '../../io/save-file';

export async function downloadSites(
  format: 'geojson' | 'csv',
  sites: BuiltSiteFeature[],
  regionId: string,
  lang: Lang,
  municipalityName: (id: string) => string | undefined,
) {
  const { exportFileName, toCsv, toExportGeoJSON } = await import('../../view-model/export');
  const name = exportFileName(regionId, format, new Date());
  if (format === 'csv') saveFile(toCsv(sites, lang, municipalityName), 'text/csv;charset=utf-8', name);
  else saveFile(JSON.stringify(toExportGeoJSON(sites), null, 1), 'application/geo+json', name);
}
