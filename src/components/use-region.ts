import { useEffect, useState } from 'react';
import { RegionLoadError, startRegionLoad, withoutLayers, type LoadedRegion } from '../io/load-region';
import { discardEarlyMap } from '../map/early-map';
import { regionDataUrl, releaseFetched, type FetchFailure } from '../io/region-files';

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

/** `infrastructure`: whether the page needs the infrastructure features (the proposal page does). */
export function useRegion(regionId: string, { infrastructure = false } = {}): RegionLoad {
  const [load, setLoad] = useState<RegionLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const loading = startRegionLoad(regionDataUrl(regionId, document.baseURI), { infrastructure });
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
  }, [regionId, infrastructure]);
  return load;
}
