// Turns what a municipality has into GeoJSON text: GeoJSON as is, KML through @tmcw/togeojson,
// a zipped shapefile through shpjs. Runs inside the validation worker (xmldom stands in for the
// DOMParser workers lack).
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import shp from 'shpjs';

export type SourceFormat = 'geojson' | 'kml' | 'shapefile-zip';

export function formatOf(name: string): SourceFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.zip')) return 'shapefile-zip';
  return 'geojson';
}

export class ConversionError extends Error {}

export async function toGeoJsonText(name: string, buffer: ArrayBuffer): Promise<string> {
  const format = formatOf(name);
  if (format === 'geojson') return new TextDecoder('utf-8').decode(buffer);
  if (format === 'kml') {
    const text = new TextDecoder('utf-8').decode(buffer);
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    // togeojson expects a DOM Document; xmldom's is close enough for KML.
    return JSON.stringify(kml(doc as unknown as Document));
  }
  try {
    const result = await shp(buffer);
    const collections = Array.isArray(result) ? result : [result];
    return JSON.stringify({ type: 'FeatureCollection', features: collections.flatMap((c) => c.features) });
  } catch (e) {
    throw new ConversionError(`shapefile: ${(e as Error).message}`);
  }
}
