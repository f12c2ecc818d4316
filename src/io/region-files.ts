// Where the region's built files are and one shared read of each: light enough for the entry
// module, which asks for them before React, MapLibre or the schemas have loaded.

/** The region this build serves: a data folder chosen at build time, not code. */
export const REGION_ID = import.meta.env.PARKATLAS_REGION ?? 'kuzbass';

/** Where the region's built files are served: ./data/<region>/ beside index.html. */
export function regionDataUrl(regionId: string, documentUrl: string): URL {
  return new URL(`data/${encodeURIComponent(regionId)}/`, new URL(import.meta.env.BASE_URL, documentUrl));
}

/**
 * Why a file did not arrive: `network` (no answer, or the server failed: worth a retry), or
 * `data` (the site answered, and the file is missing or not JSON: a publishing error).
 */
export type FetchFailure = 'network' | 'data';
export type Fetched = { ok: true; json: unknown } | { ok: false; failure: FetchFailure; problem: string };

const fetched = new Map<string, Promise<Fetched>>();
let released = false;

/**
 * One request and one JSON.parse per file, however many parts of the page read it: the first map
 * and the app both read sites.geojson, and a 40 MB file must not be downloaded or parsed twice.
 * Never rejects: the problem is returned for the caller to word.
 */
export function fetchJsonOnce(url: URL): Promise<Fetched> {
  if (released) return Promise.resolve({ ok: false, failure: 'network', problem: 'released' });
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

/** One fresh read of a JSON file (fetchJsonOnce shares it; files read after the start use this). */
export async function fetchJson(url: URL): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    return { ok: false, failure: 'network', problem: (e as Error).message };
  }
  // 404/410: the file is not on the site. 5xx: the server failed, maybe for a moment.
  if (!response.ok) return { ok: false, failure: response.status >= 500 ? 'network' : 'data', problem: `HTTP ${response.status}` };
  try {
    return { ok: true, json: await response.json() };
  } catch {
    return { ok: false, failure: 'data', problem: 'not valid JSON' };
  }
}
