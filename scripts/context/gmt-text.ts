// GMT's multi-segment text (`gmt coast ... -M`): a header line `> ...` before each segment, then
// one "lon<TAB>lat" per line. Pure: the import script runs GMT, this reads what it printed.

export interface GmtSegment {
  header: string;
  coords: [number, number][];
}

/** Five decimals (~1 m): plenty for an outline drawn at region scale, and a tenth of the bytes. */
const r5 = (n: number) => Math.round(n * 1e5) / 1e5;

export function parseGmtSegments(text: string): GmtSegment[] {
  const out: GmtSegment[] = [];
  let current: GmtSegment | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (trimmed.startsWith('>')) {
      current = { header: trimmed.slice(1).trim(), coords: [] };
      out.push(current);
      continue;
    }
    const [x, y] = trimmed.split(/\s+/).map(Number);
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new Error(`not a "lon lat" line in GMT output: "${trimmed.slice(0, 60)}"`);
    if (!current) {
      current = { header: '', coords: [] };
      out.push(current);
    }
    const last = current.coords[current.coords.length - 1];
    const p: [number, number] = [r5(x!), r5(y!)];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) current.coords.push(p);
  }
  return out.filter((s) => s.coords.length > 1);
}

/** Closed rings from a region's outline segments (GMT prints each part of a region once). */
export function ringsOf(segments: readonly GmtSegment[]): [number, number][][] {
  return segments
    .filter((s) => s.coords.length >= 3)
    .map((s) => {
      const ring = [...s.coords];
      const [a, b] = [ring[0]!, ring[ring.length - 1]!];
      if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
      return ring;
    })
    .filter((ring) => ring.length >= 4);
}

/** `Level 2` in a river or shore header, else undefined. */
export const levelOf = (header: string): number | undefined => {
  const m = /Level\s+(\d+)/.exec(header);
  return m ? Number(m[1]) : undefined;
};
