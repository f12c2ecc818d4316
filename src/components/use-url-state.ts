// The URL is the app's state store for everything a link should carry (DESIGN.md contract).
import { useCallback, useEffect, useRef, useState } from 'react';
import { appAddress, sitePageFromPath, stateFromAddress } from '../domain/site-pages';
import { LANGUAGES, type Language } from '../domain/schema/vocabulary';
import type { UrlState } from '../domain/url-state';

const read = () => stateFromAddress(window.location, LANGUAGES);

/** The app's own page: a site page's <base href> names it; elsewhere it is this page. */
const appRoot = () => new URL(sitePageFromPath(window.location.pathname, LANGUAGES) ? './' : window.location.pathname, document.baseURI);

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

/**
 * `write: false` keeps changes in memory only (the embed leaves its host's history alone).
 * `defaultLang` (the region's, once known) lets a state showing one site be written as its page.
 */
export function useUrlState(write = true, defaultLang?: Language): [UrlState, (patch: Partial<UrlState>, opts?: UrlUpdateOptions) => void] {
  const [state, setState] = useState<UrlState>(read);
  // The address the state was last read from or written to. Back moves the address before the
  // browser dispatches popstate; a change in between (the map's moveend ending a flight) must
  // build on the address's state, not on the one Back left: it would write that back.
  const known = useRef(write ? window.location.href : '');
  useEffect(() => {
    const onPop = () => {
      known.current = window.location.href;
      setState(read());
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const lastPush = useRef<{ kind: string; at: number }>(undefined);
  const update = useCallback((patch: Partial<UrlState>, opts?: UrlUpdateOptions) => {
    setState((prev) => {
      const base = write && window.location.href !== known.current ? read() : prev;
      const next = { ...base, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k as keyof UrlState];
      if (!write) return next;
      const href = appAddress(appRoot(), next, defaultLang);
      if (href !== window.location.href) {
        const now = performance.now();
        const last = lastPush.current;
        const sameBurst = !!opts?.coalesce && last?.kind === opts.coalesce && now - last.at < COALESCE_MS;
        const push = !!opts?.push && !sameBurst;
        window.history[push ? 'pushState' : 'replaceState'](null, '', href);
        known.current = window.location.href;
        if (opts?.push) lastPush.current = { kind: opts.coalesce ?? '', at: now };
      }
      return next;
    });
  }, [write, defaultLang]);
  return [state, update];
}
