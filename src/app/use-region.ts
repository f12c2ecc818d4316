import { useEffect, useState } from 'react';
import { loadRegion, regionDataUrl, RegionLoadError, type LoadedRegion } from './load-region';

export type RegionLoad = { state: 'loading' } | { state: 'failed'; details: string[] } | { state: 'ready'; data: LoadedRegion };

export function useRegion(regionId: string): RegionLoad {
  const [load, setLoad] = useState<RegionLoad>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadRegion(regionDataUrl(regionId, document.baseURI)).then(
      (data) => !cancelled && setLoad({ state: 'ready', data }),
      (e: unknown) =>
        !cancelled && setLoad({ state: 'failed', details: e instanceof RegionLoadError ? e.details : [String(e)] }),
    );
    return () => {
      cancelled = true;
    };
  }, [regionId]);
  return load;
}
