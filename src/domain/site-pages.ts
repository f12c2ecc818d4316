// Each site has its own page (DESIGN.md contract): `site/<id>/` in the region's default language,
// `<lang>/site/<id>/` in the others, relative to the app's root. The build writes them with the
// passport in the HTML; the app reads the site and language from such a path as it would from
// `?site=` and `lang=`, and a link that shows one site and nothing else is written as its page.
import type { Language as Lang } from './schema/vocabulary';
import { emptyUrlState, parseUrlState, serializeUrlState, type UrlState } from './url-state';

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const PAGE = /(?:^|\/)(?:([a-z]{2})\/)?site\/([^/]+)\/(?:index\.html)?$/;

/** The page of `id` in `lang`, relative to the app's root (no leading slash). */
export function sitePagePath(id: string, lang: Lang, defaultLang: Lang): string {
  return lang === defaultLang ? `site/${id}/` : `${lang}/site/${id}/`;
}

/** How many folders a site page lies below the app's root: its `<base href>` climbs them. */
export const sitePageDepth = (lang: Lang, defaultLang: Lang): number => (lang === defaultLang ? 2 : 3);

/** The site (and language, when not the default) a path names, or undefined for any other page. */
export function sitePageFromPath(pathname: string, languages: readonly Lang[]): { site: string; lang?: Lang } | undefined {
  const match = PAGE.exec(pathname);
  const [, lang, id] = match ?? [];
  if (!id || !ID.test(id)) return undefined;
  if (lang === undefined) return { site: id };
  return (languages as readonly string[]).includes(lang) ? { site: id, lang: lang as Lang } : undefined;
}

/** A state a site page shows exactly: one site, maybe a language and a map view, nothing else. */
export function isSitePageState(state: UrlState): boolean {
  if (!state.site) return false;
  const rest = { ...state, site: undefined, lang: undefined, view: undefined };
  return serializeUrlState(rest).search === serializeUrlState(emptyUrlState()).search;
}

/**
 * What a page's HTML was written for, and what the app compares before it takes that HTML over
 * (hydrates it) instead of drawing its own: everything a link changes on screen, in the language
 * shown, and the data it was made from (region.json's `dataVersion`). The map's view and basemap
 * change nothing in the HTML.
 */
export function prerenderKey(state: UrlState, lang: Lang, dataVersion: string | undefined): string {
  return `${serializeUrlState({ ...state, lang, view: undefined, basemap: undefined }).search} data=${dataVersion ?? 'unknown'}`;
}

/**
 * The address of a state in the full app: its site page when it shows one site and nothing else,
 * else `root` with the query. `root` is the app's page (its folder, or index.html in it).
 */
export function appAddress(root: URL, state: UrlState, defaultLang: Lang | undefined): string {
  const { search, hash } = serializeUrlState(state);
  if (defaultLang && state.site && isSitePageState(state)) return `${new URL(sitePagePath(state.site, state.lang ?? defaultLang, defaultLang), root).href}${hash}`;
  return `${root.origin}${root.pathname}${search}${hash}`;
}

/** The state a page's address gives: its query and hash, and on a site page its site and language. */
export function stateFromAddress(location: { pathname: string; search: string; hash: string }, languages: readonly Lang[]): UrlState {
  const state = parseUrlState(location.search, location.hash);
  const page = sitePageFromPath(location.pathname, languages);
  if (page) {
    state.site = page.site;
    if (page.lang) state.lang = page.lang;
  }
  return state;
}
