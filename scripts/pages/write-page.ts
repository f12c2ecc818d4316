// One written page: the built index.html with the page's head, <base> and first screen in it.
import { findableHeadTags } from './findable';
import { escapeHtml, headTags, type PageMeta } from './head';

/** The built index.html with this page's head, <base> and (when given) first screen written in. */
export function writePage(
  template: string,
  meta: PageMeta,
  written: { screen: string; key: string } | undefined,
  depth: number,
  publicUrl: string | undefined,
): string {
  const base = depth ? `<base href="${'../'.repeat(depth)}" />\n    ` : '';
  const head = `${headTags(meta, publicUrl, depth)}\n    ${findableHeadTags()}`;
  const root = written ? `<div id="root" data-prerendered="${escapeHtml(written.key)}">${written.screen}</div>` : '<div id="root"></div>';
  // Replaced by functions: a string replacement reads "$&" or "$'" in a site's name as patterns.
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${meta.lang}">`)
    .replace('<head>', `<head>\n    ${base}`)
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace(/<title>[^<]*<\/title>/, () => head)
    .replace('<div id="root"></div>', () => root);
}
