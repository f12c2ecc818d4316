// Whether a boundary relation is whole in the data at hand. An extract cut at its edge keeps a
// relation but only some of its member ways; osmtogeojson then still builds a polygon from what is
// left (a sliver of 0.7 ha, a tenth of the district) and only marks it "tainted". A boundary used
// for a municipality must be complete: every member way present with every node, rings closed.
import type { OverpassElement, OverpassJson } from './osm-types';

export interface Completeness {
  /** Member ways of the relation (outer, inner or any role). */
  memberWays: number;
  /** Member ways absent from the data. */
  missingWays: number;
  /** Present member ways with at least one node absent. */
  waysMissingNodes: number;
  /** Way ends that join no other way: a ring that does not close has two. */
  openEnds: number;
}

type Relation = Extract<OverpassElement, { type: 'relation' }>;

/** Indexes of one document, built once for all its relations. */
export interface ElementIndex {
  ways: Map<number, OverpassElement>;
  nodes: Set<number>;
}

export function indexElements(doc: OverpassJson): ElementIndex {
  const ways = new Map<number, OverpassElement>();
  const nodes = new Set<number>();
  for (const el of doc.elements) {
    if (el.type === 'way') ways.set(el.id, el);
    else if (el.type === 'node') nodes.add(el.id);
  }
  return { ways, nodes };
}

interface LatLon {
  lat: number;
  lon: number;
}

/**
 * The two end keys of a member way, or 'missing-way' / 'missing-nodes'. Ends are node ids when the
 * nodes are in the data (`out body; >; out skel`), else the coordinates `out geom` puts inline.
 */
function wayEnds(ref: number, member: unknown, index: ElementIndex): [string, string] | 'missing-way' | 'missing-nodes' {
  const way = index.ways.get(ref) as (OverpassElement & { nodes?: number[]; geometry?: (LatLon | null)[] }) | undefined;
  const ids = way?.nodes;
  if (ids && ids.length >= 2 && ids.every((id) => index.nodes.has(id))) return [`n${ids[0]}`, `n${ids[ids.length - 1]}`];
  const inline = way?.geometry ?? (member as { geometry?: (LatLon | null)[] }).geometry;
  if (Array.isArray(inline) && inline.length >= 2) {
    if (inline.some((p) => !p)) return 'missing-nodes';
    const key = (p: LatLon) => `${p.lat},${p.lon}`;
    return [key(inline[0]!), key(inline[inline.length - 1]!)];
  }
  return way ? 'missing-nodes' : 'missing-way';
}

export function completeness(relation: Relation, index: ElementIndex): Completeness {
  const result: Completeness = { memberWays: 0, missingWays: 0, waysMissingNodes: 0, openEnds: 0 };
  // Each way end counts once per way touching it; closed rings touch every end an even number of times.
  const endCount = new Map<string, number>();
  for (const member of relation.members) {
    if (member.type !== 'way') continue;
    result.memberWays++;
    const ends = wayEnds(member.ref, member, index);
    if (ends === 'missing-way') result.missingWays++;
    else if (ends === 'missing-nodes') result.waysMissingNodes++;
    else for (const key of ends) endCount.set(key, (endCount.get(key) ?? 0) + 1);
  }
  for (const n of endCount.values()) if (n % 2 === 1) result.openEnds++;
  return result;
}

/** Complete: nothing missing and every ring closed. Ends are only judged when nothing is missing. */
export const isComplete = (c: Completeness): boolean =>
  c.memberWays > 0 && c.missingWays === 0 && c.waysMissingNodes === 0 && c.openEnds === 0;
