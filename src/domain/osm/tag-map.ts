// The properties an OSM object of a known kind carries (which objects are taken: layers.ts).
import type { InfraKind, InfraProperties } from '../schema/infrastructure';
import type { LocalizedText } from '../schema/common';
import type { OsmTags } from './osm-types';
import { parseDiameterMm, parsePowerMw, parseVoltageKv } from './tag-values';

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
