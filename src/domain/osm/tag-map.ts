// Which OSM objects become which infrastructure kind, and the properties they carry.
// The tags follow the OSM wiki pages of each key (power=*, man_made=pipeline, pipeline=substation,
// railway=*, highway=*, aeroway=aerodrome, man_made=water_works|wastewater_plant).
import type { InfraKind, InfraProperties } from '../schema/infrastructure';
import type { LocalizedText } from '../schema/common';
import type { OsmTags } from './osm-types';
import { parseDiameterMm, parsePowerMw, parseVoltageKv } from './tag-values';

/** The layer groups: one Overpass request each (see queries.ts). */
export const OSM_QUERY_GROUPS = ['boundaries', 'power', 'gas', 'rail', 'roads', 'airports', 'water'] as const;
export type OsmQueryGroup = (typeof OSM_QUERY_GROUPS)[number];

const GAS = new Set(['gas', 'natural_gas']);
const ROADS = new Set(['motorway', 'trunk', 'primary']);
/** Track that is not a line to a site: yards and crossovers are left out; sidings and spurs stay. */
const SKIPPED_RAIL_SERVICE = new Set(['yard', 'crossover']);
const SKIPPED_STATIONS = new Set(['subway', 'light_rail', 'monorail', 'funicular']);

export interface Classified {
  kind: InfraKind;
  group: OsmQueryGroup;
}

/** The kind for an object's tags, or undefined when the import does not take it. */
export function classifyTags(tags: OsmTags): Classified | undefined {
  const power = tags.power;
  if (power === 'plant') return { kind: 'power_plant', group: 'power' };
  if (power === 'substation' && tags.substation !== 'minor_distribution') return { kind: 'substation', group: 'power' };
  if (power === 'line') return { kind: 'power_line', group: 'power' };
  // Distribution lines only where their voltage is known: an unlabelled 0.4 kV street line is noise.
  if (power === 'minor_line' && parseVoltageKv(tags.voltage)) return { kind: 'power_line', group: 'power' };
  const substance = tags.substance ?? '';
  if (tags.man_made === 'pipeline' && GAS.has(substance)) return { kind: 'gas_pipeline', group: 'gas' };
  if (tags.pipeline === 'substation' && GAS.has(substance)) return { kind: 'gas_distribution_station', group: 'gas' };
  if (tags.railway === 'rail' && !SKIPPED_RAIL_SERVICE.has(tags.service ?? '')) return { kind: 'rail_line', group: 'rail' };
  if ((tags.railway === 'station' || tags.railway === 'halt') && !SKIPPED_STATIONS.has(tags.station ?? '')) {
    return { kind: 'rail_station', group: 'rail' };
  }
  if (ROADS.has(tags.highway ?? '')) return { kind: 'road', group: 'roads' };
  if (tags.aeroway === 'aerodrome') return { kind: 'airport', group: 'airports' };
  if (tags.man_made === 'water_works') {
    // OSM has no tag of its own for a water intake: "Водозабор" names and water_works=intake mark one.
    const intake = tags.water_works === 'intake' || /водозабор/i.test(tags.name ?? '');
    return { kind: intake ? 'water_intake' : 'water_treatment', group: 'water' };
  }
  if (tags.man_made === 'wastewater_plant') return { kind: 'water_treatment', group: 'water' };
  return undefined;
}

const kvText = (kv: number[] | undefined) => (kv ? kv.join('/') : undefined);

/** A name for an object OSM leaves unnamed, built from what it is (e.g. "ЛЭП 110 кВ"). */
function fallbackName(kind: InfraKind, tags: OsmTags, kv: number[] | undefined): LocalizedText {
  const v = kvText(kv);
  switch (kind) {
    case 'power_plant':
      return { ru: 'Электростанция', en: 'Power plant' };
    case 'substation':
      return v ? { ru: `Подстанция ${v} кВ`, en: `${v} kV substation` } : { ru: 'Подстанция', en: 'Substation' };
    case 'power_line':
      return v ? { ru: `ЛЭП ${v} кВ`, en: `${v} kV power line` } : { ru: 'ЛЭП', en: 'Power line' };
    case 'gas_pipeline':
      return { ru: 'Газопровод', en: 'Gas pipeline' };
    case 'gas_distribution_station':
      return { ru: 'Газораспределительная станция', en: 'Gas distribution station' };
    case 'water_intake':
      return { ru: 'Водозабор', en: 'Water intake' };
    case 'water_treatment':
      return tags.man_made === 'wastewater_plant'
        ? { ru: 'Очистные сооружения', en: 'Wastewater treatment plant' }
        : { ru: 'Водопроводные сооружения', en: 'Water works' };
    case 'rail_line':
      return tags.service === 'siding' || tags.service === 'spur'
        ? { ru: 'Подъездной путь', en: 'Railway siding' }
        : { ru: 'Железная дорога', en: 'Railway' };
    case 'rail_station':
      return tags.railway === 'halt'
        ? { ru: 'Остановочный пункт', en: 'Railway halt' }
        : { ru: 'Железнодорожная станция', en: 'Railway station' };
    case 'road':
      return tags.ref ? { ru: tags.ref.trim(), en: tags.ref.trim() } : { ru: 'Автодорога', en: 'Road' };
    case 'airport':
      return { ru: 'Аэродром', en: 'Aerodrome' };
  }
}

const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

/** name:ru, else name; name:en when OSM has one. Unnamed objects get a descriptive name. */
export function osmName(kind: InfraKind, tags: OsmTags, kv = parseVoltageKv(tags.voltage)): LocalizedText {
  const ru = clean(tags['name:ru']) ?? clean(tags.name);
  const en = clean(tags['name:en']);
  if (!ru) return fallbackName(kind, tags, kv);
  return en ? { ru, en } : { ru };
}

function codeOf(kind: InfraKind, tags: OsmTags): string | undefined {
  if (kind === 'airport') {
    const codes = [clean(tags.iata), clean(tags.icao)].filter((c): c is string => !!c);
    return codes.length ? codes.join(' / ') : undefined;
  }
  return clean(tags.ref);
}

export interface ProvenanceInput {
  osmId: string;
  url: string;
  /** The day the data was read (the import date). */
  accessed: string;
  /** The date the data describes: the OSM base timestamp, else the import date. */
  asOf: string;
}

/** The InfraProperties of one OSM object: only the tags the schema has a field for. */
export function infraProperties(kind: InfraKind, tags: OsmTags, p: ProvenanceInput): InfraProperties {
  const kv = parseVoltageKv(tags.voltage);
  const operator = clean(tags.operator);
  const code = codeOf(kind, tags);
  const mw = kind === 'power_plant' ? parsePowerMw(tags['plant:output:electricity']) : undefined;
  const mm = kind === 'gas_pipeline' ? parseDiameterMm(tags.diameter) : undefined;
  const wastewater = kind === 'water_treatment' && tags.man_made === 'wastewater_plant';
  const voltageKinds: InfraKind[] = ['substation', 'power_line', 'power_plant'];
  return {
    id: p.osmId,
    kind,
    name: osmName(kind, tags, kv),
    status: 'existing',
    ...(kv && voltageKinds.includes(kind) ? { voltageKv: kv } : {}),
    ...(mw === undefined ? {} : { capacityMw: { value: mw } }),
    ...(mm === undefined ? {} : { diameterMm: { value: mm } }),
    ...(operator ? { operator: { ru: operator } } : {}),
    ...(code ? { code } : {}),
    ...(wastewater ? { notes: { ru: 'Очистные сооружения канализации', en: 'Wastewater treatment plant' } } : {}),
    sources: [{ title: 'OpenStreetMap', url: p.url, accessed: p.accessed }],
    asOf: p.asOf,
    locationPrecision: 'exact',
  };
}
