// Overpass QL, one query per layer group. Each asks for the tagged objects, then `out body; >;
// out skel qt;`: full tags of the matches, then the ways and nodes they are built from, without
// tags. That output shares a node between ways (smaller than `out geom` for boundaries that
// touch), and it is the format the import's --from FILE reads.
import { boundaryTests, LAYER_RULES, tagFilterText, type OsmQueryGroup } from './layers';

/** Where to look: the region bbox [west, south, east, north], or an OSM relation's area. */
export type OsmArea = { bbox: readonly [number, number, number, number] } | { relationId: number };

export interface QueryOptions {
  /** Server-side time limit in seconds (Overpass's default is 180). */
  timeoutS?: number;
  /** admin_level of the municipalities: 6 for Russian municipal and urban okrugs. */
  adminLevels?: readonly string[];
}

export const DEFAULT_ADMIN_LEVELS = ['6'] as const;

/** Overpass relation areas are numbered 3 600 000 000 + relation id. */
const AREA_OFFSET = 3_600_000_000;

function areaFilter(area: OsmArea): { prelude: string; filter: string } {
  if ('relationId' in area) {
    return { prelude: `area(id:${AREA_OFFSET + area.relationId})->.region;\n`, filter: '(area.region)' };
  }
  const [w, s, e, n] = area.bbox;
  return { prelude: '', filter: `(${s},${w},${n},${e})` };
}

/** The Overpass statements of a group, generated from the layer rules (layers.ts). */
function statements(group: OsmQueryGroup, f: string, adminLevels: readonly string[]): string[] {
  if (group === 'boundaries') return [`relation${boundaryTests(adminLevels).map(tagFilterText).join('')}${f};`];
  return LAYER_RULES.filter((r) => r.group === group).map((r) => `${r.on}${r.where.map(tagFilterText).join('')}${f};`);
}

export function buildQuery(group: OsmQueryGroup, area: OsmArea, options: QueryOptions = {}): string {
  const { prelude, filter } = areaFilter(area);
  const body = statements(group, filter, options.adminLevels ?? DEFAULT_ADMIN_LEVELS)
    .map((s) => `  ${s}`)
    .join('\n');
  return `[out:json][timeout:${options.timeoutS ?? 180}];\n${prelude}(\n${body}\n);\nout body;\n>;\nout skel qt;`;
}
