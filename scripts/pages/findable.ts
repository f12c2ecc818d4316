// What makes the map findable and installable: robots.txt, sitemap.xml (the map and every site
// page in each language, with its alternates), the web app manifest and its PNG icons (drawn
// from favicon.svg by the same rasteriser as the pictures).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RegionConfig } from '../../src/domain/schema/region';
import { sitePagePath } from '../../src/domain/site-pages';
import { localized, translate, type Lang } from '../../src/i18n/lang';
import { theme } from '../../src/map/theme';
import { escapeHtml } from '../../src/view-model/escape-html';
import type { RasterJob } from './rasterise';

/** The PNG icons a phone's home screen and the manifest use, by size in pixels. */
export const ICONS = { 'icon-192.png': 192, 'icon-512.png': 512, 'apple-touch-icon.png': 180 } as const;

export function iconJobs(dist: string): RasterJob[] {
  const svg = readFileSync(path.join(dist, 'favicon.svg'), 'utf8');
  return Object.entries(ICONS).map(([file, size]) => ({ out: path.join(dist, file), svg: svg.replace('<svg ', `<svg width="${size}" height="${size}" `) }));
}

/** The tags every written page adds for them (paths from the app's root, which <base> names). */
export const findableHeadTags = (): string =>
  [
    '<link rel="manifest" href="./manifest.webmanifest" />',
    '<link rel="apple-touch-icon" href="./apple-touch-icon.png" />',
    `<meta name="theme-color" content="${theme.text}" />`,
  ].join('\n    ');

export function sitemapXml(region: RegionConfig, siteIds: string[], publicUrl: string | undefined): string {
  const at = (p: string) => escapeHtml(publicUrl ? new URL(p, publicUrl).href : p || './');
  const entry = (loc: string, alternates = '') => `  <url><loc>${at(loc)}</loc>${alternates}</url>`;
  const sitePages = siteIds.flatMap((id) => {
    const page = (lang: Lang) => sitePagePath(id, lang, region.defaultLanguage);
    const alternates = region.languages.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${at(page(l))}"/>`).join('');
    return region.languages.map((lang) => entry(page(lang), alternates));
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    entry(''),
    ...sitePages,
    '</urlset>',
    '',
  ].join('\n');
}

export function writeFindable(dist: string, region: RegionConfig, siteIds: string[], publicUrl: string | undefined): void {
  writeFileSync(path.join(dist, 'sitemap.xml'), sitemapXml(region, siteIds, publicUrl));
  // A sitemap line must be an absolute address: without the public one, crawlers find the pages by links.
  writeFileSync(path.join(dist, 'robots.txt'), ['User-agent: *', 'Allow: /', ...(publicUrl ? [`Sitemap: ${new URL('sitemap.xml', publicUrl).href}`] : []), ''].join('\n'));
  const lang = region.defaultLanguage;
  const manifest = {
    name: `${translate(lang, 'appTitle')}: ${localized(region.name, lang)}`,
    short_name: 'ParkAtlas',
    lang,
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: theme.text,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  writeFileSync(path.join(dist, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
