// WOFF 1.0 back to the TrueType/OpenType file it wraps (W3C WOFF 1.0, §4-5): the page pictures'
// rasteriser (resvg) reads TrueType only, and PT Sans comes from @fontsource as WOFF/WOFF2 (the
// pictures draw its original faces; resvg ignores hinting, so the letters are those the app sends).
// Each table is zlib-compressed on its own, or stored as is when that was no smaller.
import { inflateSync } from 'node:zlib';
import { nameTable, postScriptName, writeSfnt } from '../fonts/sfnt';

const HEADER = 44;
const ENTRY = 20;

/**
 * `family`: rename the face (IDs 1, 2, 4, 6). The app's font comes in per-script subsets that
 * all call themselves by one family; resvg's fallback takes the first face holding a glyph
 * whatever its weight, so each subset gets a family of its own.
 */
export function woffToSfnt(woff: Buffer, family?: string): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = HEADER + i * ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    const tag = woff.toString('latin1', at, at + 4);
    if (data.length !== origLength) throw new Error(`table ${tag}: ${data.length} bytes, expected ${origLength}`);
    return { tag, data: family && tag === 'name' ? renamed(family) : data };
  });
  return writeSfnt({ flavor: woff.readUInt32BE(4), tables });
}

const renamed = (family: string) =>
  nameTable([
    { id: 1, text: family },
    { id: 2, text: 'Regular' },
    { id: 4, text: family },
    { id: 6, text: postScriptName(family) },
  ]);
