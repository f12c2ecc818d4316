// The URL is the app's state store for everything a link should carry (DESIGN.md contract).
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../domain/url-state';

const read = () => parseUrlState(window.location.search, window.location.hash);

/**
 * How a change enters the browser's history. `push`: a new entry, so Back returns to the state
 * before it. `coalesce` (with push): changes of one kind within COALESCE_MS of the last such entry
 * update that entry instead, so typing a search or a number is one step of Back, not one per key.
 */
export interface UrlUpdateOptions {
  push?: boolean;
  coalesce?: string;
}

/** Changes of one kind closer together than this are one history entry (a burst of typing). */
export const COALESCE_MS = 1_000;

/** `write: false` keeps changes in memory only (the embed leaves its host's history alone). */
export function useUrlState(write = true): [UrlState, (patch: Partial<UrlState>, opts?: UrlUpdateOptions) => void] {
  const [state, setState] = useState<UrlState>(read);
  useEffect(() => {
    const onPop = () => setState(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const lastPush = useRef<{ kind: string; at: number }>(undefined);
  const update = useCallback((patch: Partial<UrlState>, opts?: UrlUpdateOptions) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof UrlState];
      if (!write) return next;
      const { search, hash } = serializeUrlState(next);
      const href = `${window.location.pathname}${search}${hash}`;
      if (href !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        const now = performance.now();
        const last = lastPush.current;
        const sameBurst = !!opts?.coalesce && last?.kind === opts.coalesce && now - last.at < COALESCE_MS;
        const push = !!opts?.push && !sameBurst;
        window.history[push ? 'pushState' : 'replaceState'](null, '', href);
        if (opts?.push) lastPush.current = { kind: opts.coalesce ?? '', at: now };
      }
      return next;
    });
  }, [write]);
  return [state, update];
}
