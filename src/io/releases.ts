// The region's releases as the "what changed" view reads them, checked like every data file,
// and the infrastructure (the map page does not hold it: its worker reads the map file).
import { OUTPUT_FILES, RELEASE_INDEX, RELEASES_DIR } from '../domain/data/output-files';
import type { FeatureLike, Release } from '../domain/releases';
import { InfraCollection } from '../domain/schema/infrastructure';
import { ReleaseFile, ReleaseIndex } from '../domain/schema/release';
import { fetchJson } from './region-files';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

async function readChecked<T>(url: URL, parse: (json: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): Promise<Read<T>> {
  const got = await fetchJson(url);
  if (!got.ok) return { ok: false, problem: `${url.pathname.split('/').slice(-2).join('/')}: ${got.problem}` };
  const checked = parse(got.json);
  if (!checked.success) {
    const first = checked.error.issues[0];
    return { ok: false, problem: `${url.pathname.split('/').slice(-2).join('/')}: ${first ? `${first.path.join('.')}: ${first.message}` : 'not a release'}` };
  }
  return { ok: true, value: checked.data };
}

/** The dates of the releases, oldest first (none when the region has never cut one). */
export async function readReleaseDates(base: URL): Promise<Read<string[]>> {
  const read = await readChecked(new URL(RELEASE_INDEX, base), (j) => ReleaseIndex.safeParse(j));
  return read.ok ? { ok: true, value: read.value.dates } : read;
}

export const readRelease = (base: URL, date: string): Promise<Read<Release>> => readChecked(new URL(`${RELEASES_DIR}/${date}.json`, base), (j) => ReleaseFile.safeParse(j)) as Promise<Read<Release>>;

export async function readInfrastructure(base: URL): Promise<Read<FeatureLike[]>> {
  const read = await readChecked(new URL(OUTPUT_FILES.infrastructure, base), (j) => InfraCollection.safeParse(j));
  return read.ok ? { ok: true, value: read.value.features.map((f) => f.properties) } : read;
}

/**
 * The releases of the region at `base` as one view reads them while it is open: each file fetched
 * and checked once, however often the range changes (a failed read is tried again next time).
 */
export function releaseReader(base: URL) {
  const kept = new Map<string, Promise<Read<unknown>>>();
  const once = <T>(key: string, read: () => Promise<Read<T>>): Promise<Read<T>> => {
    let pending = kept.get(key) as Promise<Read<T>> | undefined;
    if (!pending) {
      pending = read().then((r) => {
        if (!r.ok) kept.delete(key);
        return r;
      });
      kept.set(key, pending);
    }
    return pending;
  };
  return {
    dates: () => once('index', () => readReleaseDates(base)),
    release: (date: string) => once(`release ${date}`, () => readRelease(base, date)),
    infrastructure: () => once('infrastructure', () => readInfrastructure(base)),
  };
}
export type ReleaseReader = ReturnType<typeof releaseReader>;
