// `--from FILE`: a saved Overpass JSON, an .osm XML file, or an .osm.pbf extract, each turned into
// one Overpass JSON document for the same conversion as a live import.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Bunzip from 'seek-bzip';
import { DOMParser } from '@xmldom/xmldom';
import { createOSMStream } from 'osm-pbf-parser-node';
import { isWantedElement } from '../../src/domain/osm/layers';
import { DEFAULT_ADMIN_LEVELS } from '../../src/domain/osm/queries';
import { OverpassJson, type OverpassElement, type OsmTags } from '../../src/domain/osm/osm-types';

export class InputError extends Error {}

export type FileFormat = 'json' | 'xml' | 'pbf';

/** `.gz` and `.bz2` wrap any of the formats: `moscow.osm.gz` is OSM XML. */
const COMPRESSED = /\.(gz|bz2)$/;

export function formatOf(path: string): FileFormat | undefined {
  const name = basename(path).toLowerCase().replace(COMPRESSED, '');
  if (name.endsWith('.pbf')) return 'pbf';
  if (name.endsWith('.osm') || name.endsWith('.xml')) return 'xml';
  if (name.endsWith('.json') || name.endsWith('.overpass')) return 'json';
  return undefined;
}

function parseJson(text: string, path: string): OverpassJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: cannot read as JSON (${(e as Error).message})`);
  }
  const parsed = OverpassJson.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${path}: not an Overpass JSON document ([out:json]): ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

interface XmlEl {
  tagName: string;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlEl>;
  nodeType: number;
  childNodes: ArrayLike<unknown>;
}

const childElements = (el: XmlEl, name: string) =>
  (Array.from(el.childNodes) as XmlEl[]).filter((n) => n.nodeType === 1 && n.tagName === name);

function xmlTags(el: XmlEl): OsmTags | undefined {
  const tags = childElements(el, 'tag');
  if (!tags.length) return undefined;
  return Object.fromEntries(tags.map((t) => [t.getAttribute('k') ?? '', t.getAttribute('v') ?? '']));
}

/** OSM XML (API 0.6, JOSM or Overpass `[out:xml]`) to Overpass JSON. */
export function parseOsmXml(text: string, path = 'input'): OverpassJson {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(
    text,
    'text/xml',
  );
  const root = doc.documentElement as unknown as XmlEl | null;
  if (errors.length || !root || root.tagName !== 'osm') {
    throw new InputError(`${path}: not an OSM XML file (${errors[0] ?? 'no <osm> root element'})`);
  }
  const elements: OverpassElement[] = [];
  const num = (el: XmlEl, a: string) => Number(el.getAttribute(a));
  for (const n of childElements(root, 'node')) {
    const tags = xmlTags(n);
    elements.push({ type: 'node', id: num(n, 'id'), lat: num(n, 'lat'), lon: num(n, 'lon'), ...(tags ? { tags } : {}) });
  }
  for (const w of childElements(root, 'way')) {
    const tags = xmlTags(w);
    const nodes = childElements(w, 'nd').map((nd) => num(nd, 'ref'));
    elements.push({ type: 'way', id: num(w, 'id'), nodes, ...(tags ? { tags } : {}) });
  }
  for (const r of childElements(root, 'relation')) {
    const tags = xmlTags(r);
    const members = childElements(r, 'member').map((m) => ({
      type: (m.getAttribute('type') ?? 'node') as 'node' | 'way' | 'relation',
      ref: num(m, 'ref'),
      role: m.getAttribute('role') ?? '',
    }));
    elements.push({ type: 'relation', id: num(r, 'id'), members, ...(tags ? { tags } : {}) });
  }
  const base = childElements(root, 'meta')[0]?.getAttribute('osm_base');
  return { version: 0.6, generator: root.getAttribute('generator') ?? 'OSM XML', ...(base ? { osm3s: { timestamp_osm_base: base } } : {}), elements };
}

interface PbfItem {
  type?: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  refs?: number[];
  members?: { type: 'node' | 'way' | 'relation'; ref: number; role: string }[];
  tags?: OsmTags;
  osmosis_replication_timestamp?: number;
}

/**
 * An .osm.pbf extract, read in three streaming passes so only what the import takes stays in
 * memory: (1) relations of a wanted kind and the ways they are built from, (2) those ways plus
 * ways of a wanted kind, and the node ids they use, (3) those nodes plus tagged nodes of a wanted
 * kind. A PBF holds nodes, then ways, then relations, hence the order.
 */
export async function readPbf(path: string, adminLevels: readonly string[] = DEFAULT_ADMIN_LEVELS, onPass?: (pass: number) => void): Promise<OverpassJson> {
  const wanted = (item: PbfItem) => isWantedElement(item.type!, item.tags, adminLevels);
  const pass = async (n: number, each: (item: PbfItem) => void) => {
    onPass?.(n);
    try {
      for await (const item of createOSMStream(path, { withInfo: false })) each(item as PbfItem);
    } catch (e) {
      throw new InputError(`${path}: cannot read as .osm.pbf (${(e as Error).message})`);
    }
  };
  const relations: OverpassElement[] = [];
  const memberWays = new Set<number>();
  const wantedNodes = new Set<number>();
  let timestamp: number | undefined;
  await pass(1, (item) => {
    if (item.osmosis_replication_timestamp) timestamp = item.osmosis_replication_timestamp;
    if (item.type !== 'relation' || !wanted(item)) return;
    const members = item.members ?? [];
    relations.push({ type: 'relation', id: item.id, members, ...(item.tags ? { tags: item.tags } : {}) });
    for (const m of members) {
      if (m.type === 'way') memberWays.add(m.ref);
      else if (m.type === 'node') wantedNodes.add(m.ref);
    }
  });
  const ways: OverpassElement[] = [];
  await pass(2, (item) => {
    if (item.type !== 'way' || !(memberWays.has(item.id) || wanted(item))) return;
    const nodes = item.refs ?? [];
    ways.push({ type: 'way', id: item.id, nodes, ...(item.tags ? { tags: item.tags } : {}) });
    for (const id of nodes) wantedNodes.add(id);
  });
  const nodes: OverpassElement[] = [];
  await pass(3, (item) => {
    if (item.type !== 'node') return;
    const taken = wanted(item);
    if (!taken && !wantedNodes.has(item.id)) return;
    const tags = taken ? item.tags : undefined;
    nodes.push({ type: 'node', id: item.id, lat: item.lat!, lon: item.lon!, ...(tags ? { tags } : {}) });
  });
  const base = timestamp ? new Date(timestamp * 1000).toISOString().replace(/\.\d+Z$/, 'Z') : undefined;
  return { version: 0.6, generator: 'ParkAtlas .osm.pbf reader', ...(base ? { osm3s: { timestamp_osm_base: base } } : {}), elements: [...nodes, ...ways, ...relations] };
}

type Compression = 'gzip' | 'bzip2' | undefined;

/** Told by the first bytes, not the name: a download saved without its extension still reads. */
function compressionOf(bytes: Uint8Array): Compression {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes[0] === 0x42 && bytes[1] === 0x5a && bytes[2] === 0x68) return 'bzip2'; // "BZh"
  return undefined;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** The file's text, unpacked when it is gzip or bzip2. */
function readText(path: string): string {
  const bytes = readBytes(path);
  const compression = compressionOf(bytes);
  try {
    if (compression === 'gzip') return gunzipSync(bytes).toString('utf8');
    if (compression === 'bzip2') return Bunzip.decode(bytes, undefined, true).toString('utf8');
  } catch (e) {
    throw new InputError(`${path}: cannot unpack ${compression} (${(e as Error).message}); is the download complete?`);
  }
  return bytes.toString('utf8');
}

export async function readOsmFile(path: string, adminLevels?: readonly string[], onPass?: (pass: number) => void): Promise<OverpassJson> {
  const format = formatOf(path);
  if (format === 'pbf') {
    const head = readBytes(path).subarray(0, 4);
    if (compressionOf(head)) throw new InputError(`${path}: an .osm.pbf is compressed inside already; unpack the outer ${compressionOf(head)} first`);
    return readPbf(path, adminLevels, onPass);
  }
  const text = readText(path);
  if (format === 'xml') return parseOsmXml(text, path);
  if (format === 'json') return parseJson(text, path);
  // No telling extension: sniff the first character.
  return text.trimStart().startsWith('<') ? parseOsmXml(text, path) : parseJson(text, path);
}
