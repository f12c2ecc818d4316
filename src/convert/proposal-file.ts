// What municipalities upload, as GeoJSON for the validator: one converter for the validate CLI
// and the page's worker, so both read KML and shapefiles alike. Plain JS libraries only (no
// DOM): xmldom stands in for the DOMParser that workers and Node lack.
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import shp from 'shpjs';
import type { LooksLike } from '../domain/validation/file-read';
import { typeTextProperties } from '../domain/validation/text-properties';
import { decodeText, xmlDeclaredEncoding, type TextEncoding } from './decode-text';

export type ProposalFormat = 'geojson' | 'kml' | 'shapefile-zip' | 'kmz' | 'shp';

export function formatOf(name: string): ProposalFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.kml')) return 'kml';
  if (lower.endsWith('.zip')) return 'shapefile-zip';
  if (lower.endsWith('.kmz')) return 'kmz';
  if (lower.endsWith('.shp')) return 'shp';
  return 'geojson';
}

/** The file cannot be read as its format: a one-line reason the user can act on. */
export class ConversionError extends Error {}

/**
 * GeoJSON stays text (the validator reports JSON errors with line and column); others become
 * GeoJSON values. `encoding` is what the text was read as: not UTF-8 means it was converted, and
 * the result must say so. Bytes that are no text we read are `undecodable`.
 */
export type Converted =
  | { kind: 'text'; text: string; encoding: TextEncoding }
  | { kind: 'geojson'; value: unknown; encoding?: TextEncoding }
  | { kind: 'undecodable'; offset: number }
  /** Another format under this name (a zip called .geojson): what it looks like. */
  | { kind: 'misnamed'; looks: LooksLike };

/** What the first bytes say the file is, when that is not what its name says. */
export function looksLike(bytes: Uint8Array): LooksLike | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  if (/^<(\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<kml\b/i.test(head)) return 'kml';
  return undefined;
}

function kmlToGeoJson(text: string, name: string): unknown {
  let failure: string | undefined;
  const onError = (level: string, msg: string) => {
    if (level !== 'warning') failure ??= msg.split('\n')[0];
  };
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  } catch (e) {
    failure ??= (e as Error).message.split('\n')[0];
  }
  if (failure || !doc?.documentElement) throw new ConversionError(`${name}: not a readable KML file (${failure ?? 'no root element'})`);
  // xmldom's Document is structurally what togeojson reads; its types are the DOM's.
  return kml(doc as unknown as Document);
}

async function shapefileToGeoJson(bytes: Uint8Array, name: string): Promise<unknown> {
  let out: unknown;
  try {
    out = await shp(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    throw new ConversionError(`${name}: not a readable zipped shapefile (${(e as Error).message})`);
  }
  // Several layers in one zip come back as several collections: validate them as one.
  if (Array.isArray(out)) return { type: 'FeatureCollection', features: out.flatMap((c: { features?: unknown[] }) => c.features ?? []) };
  return out;
}

export async function convertProposalFile(name: string, bytes: Uint8Array): Promise<Converted> {
  const format = formatOf(name);
  const looks = looksLike(bytes);
  if (looks && (format === 'geojson' || (format === 'kml' && looks !== 'kml'))) return { kind: 'misnamed', looks };
  // Converted formats carry numbers as text ("28,5"): typed before validation.
  if (format === 'kml') {
    const decoded = decodeText(bytes, xmlDeclaredEncoding(bytes));
    if (!decoded.ok) return { kind: 'undecodable', offset: decoded.offset };
    return { kind: 'geojson', value: typeTextProperties(kmlToGeoJson(decoded.text, name)), encoding: decoded.encoding };
  }
  if (format === 'shapefile-zip') return { kind: 'geojson', value: typeTextProperties(await shapefileToGeoJson(bytes, name), { dbf: true }) };
  if (format === 'kmz') throw new ConversionError(`${name}: unzip the .kmz and pass the .kml inside`);
  if (format === 'shp') throw new ConversionError(`${name}: zip the .shp with its .shx, .dbf and .prj and pass the .zip`);
  const decoded = decodeText(bytes);
  return decoded.ok ? { kind: 'text', text: decoded.text, encoding: decoded.encoding } : { kind: 'undecodable', offset: decoded.offset };
}
