// Which sources the bytes of a built JS file come from: every generated character is charged to
// the source its sourcemap segment points at (no dependency: a Base64-VLQ decoder is ~30 lines).
// Sources are grouped by npm package (node_modules/<pkg>) or by src/<folder>.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one line's segments: [generated column, source index, ...] with running deltas kept in `state`. */
function decodeLine(line: string, state: number[]): number[][] {
  const segments: number[][] = [];
  let genCol = 0;
  for (const seg of line.split(',')) {
    if (!seg) continue;
    const values: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of seg) {
      const digit = B64.get(ch);
      if (digit === undefined) throw new Error(`bad VLQ character ${ch}`);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    genCol += values[0]!;
    if (values.length >= 4) {
      for (let i = 1; i < 4; i++) state[i - 1]! += values[i]!;
      segments.push([genCol, state[0]!]);
    } else segments.push([genCol, -1]);
  }
  return segments;
}

export function packageOf(source: string): string {
  const parts = source.replace(/\\/g, '/').split('/');
  const nm = parts.lastIndexOf('node_modules');
  if (nm >= 0) {
    const name = parts[nm + 1] ?? '?';
    return name.startsWith('@') ? `${name}/${parts[nm + 2] ?? ''}` : name;
  }
  const src = parts.indexOf('src');
  if (src >= 0) return parts.length > src + 2 ? `src/${parts[src + 1]}` : 'src';
  return source.startsWith('\0') || source.includes('rolldown') || source.includes('vite') ? '(bundler runtime)' : source;
}

export interface GroupSize {
  group: string;
  /** UTF-8 bytes of the minified output charged to this group. */
  bytes: number;
  /** gzip -9 of those bytes on their own (a little more than their share of the file's gzip). */
  gzip: number;
}

/** Bytes of `jsFile` per source group (the sourcemap at `jsFile + '.map'`); unmapped bytes are "(unmapped)". */
export function sizesBySource(jsFiles: readonly string[]): GroupSize[] {
  const pieces = new Map<string, string[]>();
  for (const jsFile of jsFiles) {
    const code = readFileSync(jsFile, 'utf8');
    if (!existsSync(`${jsFile}.map`)) {
      // Tiny bundler-made chunks (the rolldown runtime) come without a map.
      pieces.set('(no sourcemap)', [...(pieces.get('(no sourcemap)') ?? []), code]);
      continue;
    }
    const map = JSON.parse(readFileSync(`${jsFile}.map`, 'utf8')) as { sources: string[]; mappings: string };
    const lines = code.split('\n');
    const mapLines = map.mappings.split(';');
    const state = [0, 0, 0];
    lines.forEach((text, i) => {
      const segs = decodeLine(mapLines[i] ?? '', state);
      const charge = (group: string, from: number, to: number) => {
        if (to <= from) return;
        const list = pieces.get(group) ?? [];
        list.push(text.slice(from, to));
        pieces.set(group, list);
      };
      charge('(unmapped)', 0, segs[0]?.[0] ?? text.length);
      segs.forEach(([col, src], k) => {
        const end = segs[k + 1]?.[0] ?? text.length;
        charge(src! >= 0 ? packageOf(map.sources[src!] ?? '?') : '(unmapped)', col!, end);
      });
    });
  }
  return [...pieces]
    .map(([group, parts]) => {
      const buf = Buffer.from(parts.join(''));
      return { group, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
