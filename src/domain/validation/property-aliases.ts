// The names municipalities' files really use for passport fields. QGIS layers and hand-written
// files say `municipality` (by name), `contactName`, `title`, `NAME`…; the validator maps a
// documented set of them to the passport's own names and says what it mapped, and lists the
// properties it does not know instead of dropping them silently (README, "Property names as
// municipalities write them").
import { PROPOSAL_FIELDS, type ProposalProperties } from '../schema/proposal';
import type { Json } from './structure';

type Field = keyof ProposalProperties;

/** Other names for each field, as written in files (matched as `keyName` normalises them). */
export const PROPERTY_ALIASES: Partial<Record<Field, readonly string[]>> = {
  name: ['title', 'name_ru', 'название', 'наименование'],
  nameEn: ['name_en', 'title_en', 'english_name'],
  kind: ['site_kind', 'вид'],
  municipalityId: ['municipality', 'municipality_name', 'mo', 'oktmo', 'муниципалитет', 'муниципальное образование', 'мо', 'октмо'],
  contactPerson: ['contact', 'contactName', 'contact_person', 'контакт', 'контактное лицо'],
  email: ['e-mail', 'mail', 'почта', 'электронная почта'],
  phone: ['tel', 'telephone', 'телефон'],
  totalAreaHa: ['area', 'area_ha', 'total_area', 'площадь', 'площадь_га'],
  freeAreaHa: ['free_area', 'free_area_ha', 'свободная площадь'],
  specialisation: ['specialization', 'специализация'],
  notes: ['description', 'comment', 'описание', 'примечание'],
};

/**
 * Columns GIS software adds by itself (ArcGIS, QGIS, shapefile DBF): nobody typed them, so they
 * are neither passport fields nor worth a warning.
 */
const GIS_BOOKKEEPING = new Set(['objectid', 'fid', 'ogcfid', 'globalid', 'shapearea', 'shapelength', 'shapeleng', 'id']);

/** `Contact Name`, `contact_name`, `contact-name` and `CONTACTNAME` are one key. */
const keyName = (key: string) => key.normalize('NFC').toLowerCase().replaceAll('ё', 'е').replace(/[\s_.-]+/g, '');

const FIELD_BY_KEY: ReadonlyMap<string, Field> = new Map(
  PROPOSAL_FIELDS.flatMap((field) => [field, ...(PROPERTY_ALIASES[field] ?? [])].map((k) => [keyName(k), field] as const)),
);

/** A municipality as a file may name it: by id, Russian or English name, or OKTMO code. */
export interface MunicipalityRef {
  id: string;
  name: { ru: string; en?: string | undefined };
  oktmo?: string | undefined;
}

export interface MappedProperty {
  /** The key in the file. */
  from: string;
  to: Field;
  /** The value as written, when it was also translated (a municipality named instead of its id). */
  given?: string;
  value?: string;
}

export interface ResolvedProperties {
  /** The passport's own names; unknown keys kept as written, so nothing sent is lost. */
  properties: Json;
  mapped: MappedProperty[];
  /** Keys that are neither a field, an alias nor GIS bookkeeping, or a second name for a field already given. */
  unknown: string[];
}

/** GIS attribute tables write an empty cell as null or "". */
const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** `«Кемеровский  городской округ»` and `кемеровский городской округ` are one name. */
const valueName = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[«»"„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The municipality's id for a name or OKTMO code; undefined when none or more than one match. */
export function municipalityIdFor(value: string, municipalities: readonly MunicipalityRef[]): string | undefined {
  const wanted = valueName(value);
  if (!wanted) return undefined;
  const hits = municipalities.filter(
    (m) => valueName(m.id) === wanted || valueName(m.name.ru) === wanted || (m.name.en && valueName(m.name.en) === wanted) || m.oktmo === wanted,
  );
  return hits.length === 1 ? hits[0]!.id : undefined;
}

export function resolveProperties(props: Json, municipalities: readonly MunicipalityRef[]): ResolvedProperties {
  const properties: Json = {};
  const mapped: MappedProperty[] = [];
  const unknown: string[] = [];
  // The field's own name first, whatever order the file has: it wins over an alias.
  const keys = Object.keys(props).sort((a, b) => Number(!PROPOSAL_FIELDS.includes(a as Field)) - Number(!PROPOSAL_FIELDS.includes(b as Field)));
  for (const key of keys) {
    const value = props[key];
    const field = FIELD_BY_KEY.get(keyName(key));
    if (!field) {
      if (!GIS_BOOKKEEPING.has(keyName(key))) unknown.push(key);
      properties[key] = value;
      continue;
    }
    if (isEmpty(value)) {
      // An empty cell says nothing; the field's own empty cell is kept as it was written.
      if (key === field && properties[field] === undefined) properties[field] = value;
      continue;
    }
    if (!isEmpty(properties[field])) {
      unknown.push(key); // a second name for a field already given: kept, not read
      properties[key] = value;
      continue;
    }
    properties[field] = value;
    if (key !== field) mapped.push({ from: key, to: field });
  }
  const municipality = properties.municipalityId;
  const known = municipalities.some((m) => m.id === municipality);
  if ((typeof municipality === 'string' || typeof municipality === 'number') && !known && municipalities.length) {
    const id = municipalityIdFor(String(municipality), municipalities);
    if (id) {
      properties.municipalityId = id;
      const at = mapped.findIndex((m) => m.to === 'municipalityId');
      const from = at >= 0 ? mapped[at]!.from : 'municipalityId';
      const entry: MappedProperty = { from, to: 'municipalityId', given: String(municipality).slice(0, 200), value: id };
      if (at >= 0) mapped[at] = entry;
      else mapped.push(entry);
    }
  }
  return { properties, mapped, unknown };
}
