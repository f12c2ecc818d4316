// What the import takes from OpenStreetMap, written once. The Overpass query (queries.ts) is
// generated from these rules and a file's objects are classified by the same rules, so a live
// import and an import of a saved extract take the same objects. A condition here must be one
// Overpass can express: a test runs the generated query text over real extracts and compares.
import type { InfraKind } from '../schema/infrastructure';
import type { OsmTags, OsmType } from './osm-types';

/** The layer groups: one Overpass request each. */
export const OSM_QUERY_GROUPS = ['boundaries', 'power', 'gas', 'rail', 'roads', 'airports', 'water'] as const;
export type OsmQueryGroup = (typeof OSM_QUERY_GROUPS)[number];

/**
 * One Overpass tag filter: `["key"]` (has the key), `["key"="v"]`, `["key"!="v"]`, `["key"~"re"]`,
 * `["key"!~"re"]`. As in Overpass, `!=` and `!~` also take objects without the key.
 */
export type TagTest = readonly [key: string] | readonly [key: string, op: '=' | '!=' | '~' | '!~', value: string];

export interface LayerRule {
  group: Exclude<OsmQueryGroup, 'boundaries'>;
  /** Overpass's element selector: `nwr` is any of node, way, relation. */
  on: 'nwr' | 'node' | 'way';
  where: readonly TagTest[];
  /** The kind, or how to tell it from the tags of an object the rule took. */
  kind: InfraKind | ((tags: OsmTags) => InfraKind);
}

const GAS: TagTest = ['substance', '~', '^(gas|natural_gas)$'];

// OSM has no tag of its own for a water intake: "Водозабор" names and water_works=intake mark one.
const waterWorksKind = (tags: OsmTags): InfraKind =>
  tags.water_works === 'intake' || /водозабор/i.test(tags.name ?? '') ? 'water_intake' : 'water_treatment';

/** The tags follow the OSM wiki page of each key. Order matters only for the kind: first rule wins. */
export const LAYER_RULES: readonly LayerRule[] = [
  { group: 'power', on: 'nwr', where: [['power', '=', 'plant']], kind: 'power_plant' },
  { group: 'power', on: 'nwr', where: [['power', '=', 'substation'], ['substation', '!=', 'minor_distribution']], kind: 'substation' },
  // The tag before 2011's "substation"; unconverted objects still carry it in older extracts.
  { group: 'power', on: 'nwr', where: [['power', '=', 'sub_station']], kind: 'substation' },
  // Every transmission line, with or without a voltage: an unknown voltage is a class of its own
  // in the app, never counted as high voltage.
  { group: 'power', on: 'way', where: [['power', '=', 'line']], kind: 'power_line' },
  // Distribution lines only with a voltage: an unlabelled 0.4 kV street line is noise.
  { group: 'power', on: 'way', where: [['power', '=', 'minor_line'], ['voltage', '~', '[0-9]']], kind: 'power_line' },
  { group: 'gas', on: 'way', where: [['man_made', '=', 'pipeline'], GAS], kind: 'gas_pipeline' },
  { group: 'gas', on: 'nwr', where: [['pipeline', '=', 'substation'], GAS], kind: 'gas_distribution_station' },
  // Track that is not a line to a site: yards and crossovers are left out; sidings and spurs stay.
  { group: 'rail', on: 'way', where: [['railway', '=', 'rail'], ['service', '!~', '^(yard|crossover)$']], kind: 'rail_line' },
  {
    group: 'rail',
    on: 'nwr',
    where: [['railway', '~', '^(station|halt)$'], ['station', '!~', '^(subway|light_rail|monorail|funicular)$']],
    kind: 'rail_station',
  },
  { group: 'roads', on: 'way', where: [['highway', '~', '^(motorway|trunk|primary)$']], kind: 'road' },
  { group: 'airports', on: 'nwr', where: [['aeroway', '=', 'aerodrome']], kind: 'airport' },
  { group: 'water', on: 'nwr', where: [['man_made', '=', 'water_works']], kind: waterWorksKind },
  { group: 'water', on: 'nwr', where: [['man_made', '=', 'wastewater_plant']], kind: 'water_treatment' },
];

/** Municipal boundaries: administrative relations of the configured levels. */
export const boundaryTests = (adminLevels: readonly string[]): readonly TagTest[] => [
  ['boundary', '=', 'administrative'],
  ['admin_level', '~', `^(${adminLevels.map((l) => l.replace(/[^0-9a-z_]/gi, '')).join('|')})$`],
];

const regexCache = new Map<string, RegExp>();
const regex = (source: string) => regexCache.get(source) ?? regexCache.set(source, new RegExp(source)).get(source)!;

/** Whether tags pass one filter, with Overpass's meaning of each operator. */
export function passes(tags: OsmTags, test: TagTest): boolean {
  const value = tags[test[0]];
  if (test.length === 1) return value !== undefined;
  const [, op, expected] = test;
  switch (op) {
    case '=':
      return value === expected;
    case '!=':
      return value !== expected;
    case '~':
      return value !== undefined && regex(expected).test(value);
    case '!~':
      return value === undefined || !regex(expected).test(value);
  }
}

const selects = (on: LayerRule['on'], type: OsmType) => on === 'nwr' || on === type;

export interface Classified {
  kind: InfraKind;
  group: LayerRule['group'];
}

/** The kind of an OSM object, or undefined when no layer takes it. */
export function classifyElement(type: OsmType, tags: OsmTags | undefined): Classified | undefined {
  if (!tags) return undefined;
  const rule = LAYER_RULES.find((r) => selects(r.on, type) && r.where.every((t) => passes(tags, t)));
  if (!rule) return undefined;
  return { kind: typeof rule.kind === 'function' ? rule.kind(tags) : rule.kind, group: rule.group };
}

export function isBoundaryElement(type: OsmType, tags: OsmTags | undefined, adminLevels: readonly string[]): boolean {
  return type === 'relation' && !!tags && boundaryTests(adminLevels).every((t) => passes(tags, t));
}

/** Whether any layer takes the object: the pre-filter of whole-file (.pbf) reads. */
export function isWantedElement(type: OsmType, tags: OsmTags | undefined, adminLevels: readonly string[]): boolean {
  return isBoundaryElement(type, tags, adminLevels) || classifyElement(type, tags) !== undefined;
}

/** A filter the Overpass way: `["key"~"value"]`. */
export function tagFilterText(test: TagTest): string {
  const key = JSON.stringify(test[0]);
  return test.length === 1 ? `[${key}]` : `[${key}${test[1]}${JSON.stringify(test[2])}]`;
}
