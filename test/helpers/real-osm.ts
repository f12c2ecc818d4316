// The real OpenStreetMap extracts under test/fixtures/osm/real (provenance: its README.md), read
// whole: every element, not only those the import's own reader keeps.
import { join } from 'node:path';
import { createOSMStream } from 'osm-pbf-parser-node';
import type { OverpassElement } from '../../src/domain/osm/osm-types';
import { readOsmFile } from '../../scripts/osm/read-osm-file';

export const REAL_OSM_DIR = join(import.meta.dirname, '..', 'fixtures', 'osm', 'real');

interface PbfItem {
  type?: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  refs?: number[];
  members?: { type: 'node' | 'way' | 'relation'; ref: number; role: string }[];
  tags?: Record<string, string>;
}

export async function allElements(name: string): Promise<OverpassElement[]> {
  const path = join(REAL_OSM_DIR, name);
  // An XML file is read whole by the import's reader; only .pbf reads are filtered there.
  if (!name.endsWith('.pbf')) return (await readOsmFile(path)).elements;
  const out: OverpassElement[] = [];
  for await (const raw of createOSMStream(path, { withInfo: false })) {
    const item = raw as PbfItem;
    const tags = item.tags && Object.keys(item.tags).length ? { tags: item.tags } : {};
    if (item.type === 'node') out.push({ type: 'node', id: item.id, lat: item.lat!, lon: item.lon!, ...tags });
    else if (item.type === 'way') out.push({ type: 'way', id: item.id, nodes: item.refs ?? [], ...tags });
    else if (item.type === 'relation') out.push({ type: 'relation', id: item.id, members: item.members ?? [], ...tags });
  }
  return out;
}
