// Numbers from OSM tag values. OSM writes them loosely ("110000;10000", "1200 MW", "530 mm");
// anything we cannot read with confidence is dropped, never guessed.

const NUMBER = /^(\d+(?:[.,]\d+)?)\s*([a-zа-я]*)$/i;

function readNumber(raw: string): { value: number; unit: string } | undefined {
  const m = NUMBER.exec(raw.trim());
  if (!m) return undefined;
  const value = Number(m[1]!.replace(',', '.'));
  return Number.isFinite(value) ? { value, unit: m[2]!.toLowerCase() } : undefined;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * `voltage` (volts, several circuits separated by ";") to kV, distinct and sorted high to low:
 * "110000;10000" -> [110, 10]. A value with a "kV" unit is taken as kV; "V" or none as volts.
 * Junk parts ("high", "", "0") are ignored; no readable part gives undefined.
 */
export function parseVoltageKv(raw: string | undefined): number[] | undefined {
  if (!raw) return undefined;
  const kv = new Set<number>();
  for (const part of raw.split(';')) {
    const n = readNumber(part);
    if (!n || n.value <= 0) continue;
    if (n.unit === 'kv' || n.unit === 'кв') kv.add(round3(n.value));
    else if (n.unit === '' || n.unit === 'v' || n.unit === 'в') kv.add(round3(n.value / 1000));
  }
  const out = [...kv].filter((v) => v > 0).sort((a, b) => b - a);
  return out.length ? out : undefined;
}

const POWER_UNITS: Record<string, number> = { w: 1e-6, kw: 1e-3, mw: 1, gw: 1000, квт: 1e-3, мвт: 1 };

/** `plant:output:electricity` ("1200 MW", "500 kW") to MW; "yes" or a bare number gives undefined. */
export function parsePowerMw(raw: string | undefined): number | undefined {
  const n = raw ? readNumber(raw) : undefined;
  const factor = n ? POWER_UNITS[n.unit] : undefined;
  return n && factor && n.value > 0 ? round3(n.value * factor) : undefined;
}

/** `diameter` of a pipeline in mm ("530", "530 mm"); metres or inches are not converted. */
export function parseDiameterMm(raw: string | undefined): number | undefined {
  const n = raw ? readNumber(raw) : undefined;
  return n && n.value > 0 && (n.unit === '' || n.unit === 'mm' || n.unit === 'мм') ? n.value : undefined;
}
