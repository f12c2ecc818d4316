// The URL is the app's state store for everything a link should carry (DESIGN.md contract).
import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../domain/url-state';

const read = () => parseUrlState(window.location.search, window.location.hash);

/** `write: false` keeps changes in memory only (the embed leaves its host's history alone). */
export function useUrlState(write = true): [UrlState, (patch: Partial<UrlState>, opts?: { push?: boolean }) => void] {
  const [state, setState] = useState<UrlState>(read);
  useEffect(() => {
    const onPop = () => setState(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<UrlState>, opts?: { push?: boolean }) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof UrlState];
      if (!write) return next;
      const { search, hash } = serializeUrlState(next);
      const href = `${window.location.pathname}${search}${hash}`;
      if (href !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history[opts?.push ? 'pushState' : 'replaceState'](null, '', href);
      }
      return next;
    });
  }, [write]);
  return [state, update];
}
