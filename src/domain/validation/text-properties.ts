// KML ExtendedData (and text columns of a shapefile) carry every value as text: "28,5" or "да",
// and a shapefile's DBF cuts column names to 10 characters ("municipali"). Converted formats go
// through this before validation so the passport reads as meant; GeoJSON is validated as written.
import { PROPOSAL_FIELDS } from '../schema/proposal';
import { isObject, type Json } from './structure';

const NUMBER_FIELDS = ['totalAreaHa', 'freeAreaHa', 'electricityMw', 'gasM3h', 'waterM3day'];
const BOOLEAN_FIELDS: Record<string, boolean> = { true: true, false: false, да: true, нет: false, yes: true, no: false, '1': true, '0': false };

function toNumber(v: string): number | string {
  const t = v.trim().replace(/\s+/g, '').replace(',', '.');
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : v;
}

/** DBF column names (10 characters, often upper case) back to the passport's field names. */
function fullNames(props: Json): Json {
  const out: Json = { ...props };
  for (const [key, value] of Object.entries(props)) {
    if (key.length !== 10) continue;
    const field = PROPOSAL_FIELDS.find((f) => f.length > 10 && f.slice(0, 10).toLowerCase() === key.toLowerCase());
    if (field && out[field] === undefined) {
      out[field] = value;
      delete out[key];
    }
  }
  return out;
}

/**
 * A copy of a converted FeatureCollection with the passport's textual numbers and booleans typed;
 * `dbf` also restores field names a shapefile cut to 10 characters.
 */
export function typeTextProperties(collection: unknown, options: { dbf?: boolean } = {}): unknown {
  if (!isObject(collection) || !Array.isArray(collection.features)) return collection;
  const features = collection.features.map((f: unknown) => {
    if (!isObject(f) || !isObject(f.properties)) return f;
    const properties = options.dbf ? fullNames(f.properties) : { ...f.properties };
    for (const key of NUMBER_FIELDS) {
      const v = properties[key];
      if (typeof v === 'string') properties[key] = toNumber(v);
    }
    const rail = properties.railSiding;
    if (typeof rail === 'string') properties.railSiding = BOOLEAN_FIELDS[rail.trim().toLowerCase()] ?? rail;
    return { ...f, properties };
  });
  return { ...collection, features };
}
