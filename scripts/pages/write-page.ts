// One written page: the built index.html with the page's head, <base> and first screen in it.
import { findableHeadTags } from './findable';
import { escapeHtml } from '../../src/view-model/escape-html';
import { headTags, type PageMeta } from './head';

/** The built index.html's requests for the first map only (vite.config.ts FOR_FIRST_MAP). */
const FIRST_MAP_REQUEST = /[ \t]*<link [^>]*data-for-first-map[^>]*>\n?/g;

/** What a page's #root holds: the app's first screen (React takes it over), or a poster it replaces. */
export type WrittenRoot = { screen: string; key: string } | { poster: string };

/**
 * The built index.html with this page's head, <base> and (when given) first screen or poster
 * written in. Such a page leaves out the requests for the first map: main.js makes them once it
 * has painted, so MapLibre's 300 KB do not share a phone's line with its stylesheets and fonts.
 */
export function writePage(
  template: string,
  meta: PageMeta,
  written: WrittenRoot | undefined,
  depth: number,
  publicUrl: string | undefined,
): string {
  const base = depth ? `<base href="${'../'.repeat(depth)}" />\n    ` : '';
  const head = `${headTags(meta, publicUrl, depth)}\n    ${findableHeadTags()}`;
  const root = !written
    ? '<div id="root"></div>'
    : 'screen' in written
      ? `<div id="root" data-prerendered="${escapeHtml(written.key)}">${written.screen}</div>`
      : `<div id="root" data-poster="">${written.poster}</div>`;
  // Replaced by functions: a string replacement reads "$&" or "$'" in a site's name as patterns.
  return (written ? template.replace(FIRST_MAP_REQUEST, '') : template)
    .replace(/<html lang="[^"]*">/, `<html lang="${meta.lang}">`)
    .replace('<head>', `<head>\n    ${base}`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace('<div id="root"></div>', () => root);
}
