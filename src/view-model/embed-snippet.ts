// What the embed builder produces: the embed's link, the way back to the full map, and the
// <iframe> snippet a newsroom pastes into its CMS.
import { FILTER_KEYS } from '../domain/filter-fields';
import type { Language } from '../domain/schema/vocabulary';
import { emptyUrlState, serializeUrlState, type UrlState } from '../domain/url-state';
import { appAddress } from '../domain/site-pages';
import { escapeHtml } from './escape-html';

export type EmbedScope = 'view' | 'site' | 'filters';
export type EmbedSize = { mode: 'responsive'; height: number } | { mode: 'fixed'; width: number; height: number };

export interface EmbedOptions {
  scope: EmbedScope;
  lang: Language;
  wheel: boolean;
  size: EmbedSize;
}

/** The part of the current state an embed carries, per scope. */
export function embedState(current: UrlState, opts: EmbedOptions): UrlState {
  const state: UrlState = { ...emptyUrlState(), embed: true, lang: opts.lang };
  if (current.view) state.view = current.view;
  if (current.layers) state.layers = current.layers;
  if (current.basemap) state.basemap = current.basemap;
  // The roadmap's year is part of what the reader sees, whichever the scope.
  if (current.year !== undefined) state.year = current.year;
  if (opts.wheel) state.wheel = true;
  if (opts.scope === 'site' && current.site) state.site = current.site;
  if (opts.scope === 'filters') {
    // Every member of the filter table, by its own name.
    for (const key of FILTER_KEYS) if (current[key] !== undefined) Object.assign(state, { [key]: current[key] });
  }
  return state;
}

function withState(appUrl: string, state: UrlState): string {
  const { search, hash } = serializeUrlState(state);
  const url = new URL(appUrl);
  return `${url.origin}${url.pathname}${search}${hash}`;
}

export const embedUrl = (appUrl: string, state: UrlState) => withState(appUrl, { ...state, embed: true });

/** The same state in the full app: what "Open full map" opens; one site alone opens its page. */
export function fullMapUrl(appUrl: string, state: UrlState, defaultLang: Language): string {
  const full: UrlState = { ...state, embed: false };
  delete full.wheel;
  return appAddress(new URL(appUrl), full, defaultLang);
}

/** A site's own page, in the embed's language: what the card's "passport" link opens. */
export const sitePageUrl = (appUrl: string, site: string, lang: Language, defaultLang: Language): string =>
  appAddress(new URL(appUrl), { ...emptyUrlState(), site, lang }, defaultLang);

/** Sandboxed, lazy, titled: works in CMSs that strip or forbid same-origin access. */
export function embedSnippet(src: string, title: string, size: EmbedSize): string {
  const [width, style] =
    size.mode === 'responsive' ? ['100%', 'border:0;width:100%;max-width:100%'] : [String(size.width), 'border:0;max-width:100%'];
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${size.height}" style="${style}" ` +
    `loading="lazy" allowfullscreen sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`
  );
}
