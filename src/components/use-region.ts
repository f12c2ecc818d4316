import { useEffect, useState } from 'react';
import { RegionLoadError, startRegionLoad, withoutLayers, type LoadedRegion, type RegionLoading } from '../io/load-region';
import { discardEarlyMap } from '../map/early-map';
import { regionDataUrl, releaseFetched, type FetchFailure } from '../io/region-files';
import type { RegionConfig } from '../domain/schema/region';

/**
 * `partial`: region.json has arrived, the layer files not yet. The map can be created then, so
 * its worker, style and fonts load while the (possibly large) site files download and validate.
 */
export type RegionLoad =
  | { state: 'loading' }
  | { state: 'failed'; details: string[]; failure: FetchFailure }
  | { state: 'partial'; data: LoadedRegion }
  | { state: 'ready'; data: LoadedRegion };

const failure = (e: unknown): RegionLoad =>
  e instanceof RegionLoadError ? { state: 'failed', details: e.details, failure: e.failure } : { state: 'failed', details: [String(e)], failure: 'network' };

/**
 * A load begun before React rendered: a page whose first screen is in its HTML waits for its data
 * before React takes the page over, so the first render already has it (`ready`).
 */
export interface StartedLoad {
  loading: RegionLoading;
  /** region.json, when it was awaited: the first render is the app, waiting only for its layers. */
  region?: RegionConfig;
  ready?: LoadedRegion;
}

const initialLoad = (started: StartedLoad | undefined): RegionLoad =>
  started?.ready
    ? { state: 'ready', data: started.ready }
    : started?.region
      ? { state: 'partial', data: withoutLayers(started.region) }
      : { state: 'loading' };

/** `infrastructure`: whether the page needs the infrastructure features (the proposal page does). */
export function useRegion(regionId: string, { infrastructure = false, started }: { infrastructure?: boolean; started?: StartedLoad } = {}): RegionLoad {
  const [load, setLoad] = useState<RegionLoad>(() => initialLoad(started));
  useEffect(() => {
    if (started?.ready) return releaseFetched();
    let cancelled = false;
    const loading = started?.loading ?? startRegionLoad(regionDataUrl(regionId, document.baseURI), { infrastructure });
    const set = (next: (prev: RegionLoad) => RegionLoad) => !cancelled && setLoad(next);
    loading.config.then(
      (region) => (performance.mark('parkatlas:region-config'), set((prev) => (prev.state === 'loading' ? { state: 'partial', data: withoutLayers(region) } : prev))),
      (e: unknown) => set(() => failure(e)),
    );
    // Either way the app now holds what it needs: the raw parsed files can go.
    loading.all.finally(releaseFetched).then(
      (data) => (performance.mark('parkatlas:region-data'), set(() => ({ state: 'ready', data }))),
      (e: unknown) => {
        // The error screen replaces the map made before the files were checked.
        discardEarlyMap();
        set(() => failure(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [regionId, infrastructure, started]);
  return load;
}
