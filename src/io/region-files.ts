// Where the region's built files are and one shared read of each: light enough for the entry
// module, which asks for them before React, MapLibre or the schemas have loaded.

/** The region this build serves: a data folder chosen at build time, not code. */
export const REGION_ID = import.meta.env.VITE_REGION ?? 'kuzbass';

/** Where the region's built files are served: ./data/<region>/ beside index.html. */
export function regionDataUrl(regionId: string, documentUrl: string): URL {
  return new URL(`data/${encodeURIComponent(regionId)}/`, new URL(import.meta.env.BASE_URL, documentUrl));
}

export type Fetched = { ok: true; json: unknown } | { ok: false; problem: string };

const fetched = new Map<string, Promise<Fetched>>();
let released = false;

/**
 * One request and one JSON.parse per file, however many parts of the page read it: the first map
 * and the app both read sites.geojson, and a 40 MB file must not be downloaded or parsed twice.
 * Never rejects: the problem is returned for the caller to word.
 */
export function fetchJsonOnce(url: URL): Promise<Fetched> {
  if (released) return Promise.resolve({ ok: false, problem: 'released' });
  let pending = fetched.get(url.href);
  if (!pending) {
    pending = fetchJson(url);
    fetched.set(url.href, pending);
  }
  return pending;
}

/**
 * Once the app holds its checked copies: drops the parsed files (they can be large), and later
 * reads get nothing (a first map made late, after a slow basemap, must not download again).
 */
export function releaseFetched(): void {
  released = true;
  fetched.clear();
}

async function fetchJson(url: URL): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  }
  if (!response.ok) return { ok: false, problem: `HTTP ${response.status}` };
  try {
    return { ok: true, json: await response.json() };
  } catch {
    return { ok: false, problem: 'not valid JSON' };
  }
}
