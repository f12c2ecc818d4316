// The Overpass JSON shape (`[out:json]`, https://wiki.openstreetmap.org/wiki/OSM_JSON) that the
// import reads, whether it came from the live API, a saved file, an .osm XML or an .osm.pbf.
import * as z from 'zod';

const Tags = z.record(z.string(), z.string());

const NodeElement = z.looseObject({
  type: z.literal('node'),
  id: z.number().int(),
  lat: z.number(),
  lon: z.number(),
  tags: Tags.optional(),
});
const WayElement = z.looseObject({
  type: z.literal('way'),
  id: z.number().int(),
  nodes: z.array(z.number().int()),
  tags: Tags.optional(),
});
const RelationElement = z.looseObject({
  type: z.literal('relation'),
  id: z.number().int(),
  members: z.array(
    z.looseObject({ type: z.enum(['node', 'way', 'relation']), ref: z.number().int(), role: z.string() }),
  ),
  tags: Tags.optional(),
});

/**
 * What we accept: `out body; >; out skel qt;` output (ways list node ids, nodes carry lat/lon).
 * `out geom` output (coordinates inline) is passed through loosely: osmtogeojson reads it too.
 */
export const OverpassJson = z.looseObject({
  version: z.number().optional(),
  generator: z.string().optional(),
  osm3s: z.looseObject({ timestamp_osm_base: z.string().optional(), copyright: z.string().optional() }).optional(),
  remark: z.string().optional(),
  elements: z.array(
    z.union([
      NodeElement,
      WayElement.or(z.looseObject({ type: z.literal('way'), id: z.number().int(), geometry: z.array(z.unknown()) })),
      RelationElement,
    ]),
  ),
});
export type OverpassJson = z.infer<typeof OverpassJson>;
export type OverpassElement = OverpassJson['elements'][number];
export type OsmTags = Record<string, string>;

export type OsmType = 'node' | 'way' | 'relation';

/** Feature id and link of one OSM object; undefined for objects not (yet) in the OSM database. */
export function osmRef(type: OsmType, id: number): { id: string; url: string } | undefined {
  if (!Number.isInteger(id) || id <= 0) return undefined;
  return { id: `osm-${type}-${id}`, url: `https://www.openstreetmap.org/${type}/${id}` };
}

/**
 * Joins several Overpass answers (one per layer group) into one document: an element that two
 * groups return (a node shared by a boundary and a road) is kept once, with the tags either had.
 */
export function mergeOverpass(docs: readonly OverpassJson[]): OverpassJson {
  const byKey = new Map<string, OverpassElement>();
  for (const doc of docs) {
    for (const el of doc.elements) {
      const key = `${el.type}/${el.id}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, el);
      else if (el.tags && !seen.tags) byKey.set(key, { ...seen, ...el });
    }
  }
  const base = docs.find((d) => d.osm3s?.timestamp_osm_base) ?? docs[0];
  return {
    version: 0.6,
    generator: base?.generator ?? 'ParkAtlas OSM import',
    ...(base?.osm3s ? { osm3s: base.osm3s } : {}),
    elements: [...byKey.values()],
  };
}

/** The date of the OSM data in the document (`osm3s.timestamp_osm_base`), as YYYY-MM-DD. */
export function osmBaseDate(doc: OverpassJson): string | undefined {
  const ts = doc.osm3s?.timestamp_osm_base;
  const m = ts ? /^(\d{4}-\d{2}-\d{2})T/.exec(ts) : null;
  return m ? m[1] : undefined;
}
