// After `vite build`: writes the pages' first screens into dist/ from the region's built data, so
// text shows before JavaScript arrives, and search engines and link previews see the sites.
//   dist/index.html                 the map with the site list in its HTML
//   dist/embed.html                 the same page without it, for embeds (deploy/nginx.conf)
//   dist/site/<id>/index.html       each site's page (default language), its passport in the HTML
//   dist/<lang>/site/<id>/index.html  the same in the region's other languages
//   dist/og/*.png                   a 1200x630 picture per site, one per language for the region
//   dist/robots.txt, sitemap.xml, manifest.webmanifest, icon-*.png
// Pictures drawn by an earlier build with the same content are copied from
// node_modules/.cache/parkatlas-pictures (`--picture-cache DIR` elsewhere, `none` to draw all).
// PARKATLAS_PUBLIC_URL (the deployment's address) makes links in previews and the sitemap absolute.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import type { Fetched } from '../src/io/region-files';
import type { LoadedRegion, RegionLoading } from '../src/io/load-region';
import type { UrlState } from '../src/domain/url-state';
import { emptyUrlState } from '../src/domain/url-state';
import { prerenderKey, sitePageDepth, sitePagePath } from '../src/domain/site-pages';
import { localized, type Lang } from '../src/i18n/lang';
import { argValue, defaultRegionId, projectRoot } from './lib/cli';
import { writePage } from './pages/write-page';
import { regionPageMeta, sitePageMeta } from './pages/page-meta';
import { iconJobs, writeFindable } from './pages/findable';
import { pictureJobs, regionFrame } from './pages/pictures';
import { embedPosterHtml } from './pages/embed-poster';
import { defaultPictureCache, rasterise } from './pages/rasterise';

interface Prerender {
  renderInvestorScreen: (data: LoadedRegion, url: UrlState) => string;
  startRegionLoad: (base: URL, opts: { infrastructure: boolean; read: (url: URL) => Promise<Fetched> }) => RegionLoading;
}

const readFromDisk = async (url: URL): Promise<Fetched> => {
  try {
    return { ok: true, json: JSON.parse(await readFile(url, 'utf8')) };
  } catch (e) {
    return { ok: false, failure: 'data', problem: (e as Error).message };
  }
};

async function main(): Promise<void> {
  // React's production build renders several times faster than its development one; Vite's SSR
  // loader takes React from node_modules, which reads this when it is first loaded.
  process.env.NODE_ENV = 'production';
  const started = performance.now();
  const region = defaultRegionId();
  // `--dist DIR`: another build's output (the pages benchmark writes a generated region's).
  const dist = path.resolve(argValue('--dist') ?? path.join(projectRoot, 'dist'));
  // `--picture-cache DIR`: where drawn pictures are kept between builds; `none` draws every one.
  const cacheArg = argValue('--picture-cache');
  const pictureCache = cacheArg === 'none' ? undefined : path.resolve(cacheArg ?? defaultPictureCache);
  const publicUrl = process.env.PARKATLAS_PUBLIC_URL || undefined;
  if (publicUrl && !/^https?:\/\/.+\/$/.test(publicUrl)) throw new Error(`PARKATLAS_PUBLIC_URL must be an http(s) address ending in "/", not "${publicUrl}"`);
  const vite = await createServer({ root: projectRoot, logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const prerender = (await vite.ssrLoadModule('/src/app/prerender.tsx')) as Prerender;
    const dataDir = pathToFileURL(path.join(dist, 'data', region) + path.sep);
    const data = await prerender.startRegionLoad(dataDir, { infrastructure: false, read: readFromDisk }).all;
    const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
    if (!template.includes('<div id="root"></div>')) throw new Error('dist/index.html has its pages written already: run `vite build` (or `npm run build`) first');
    const { defaultLanguage } = data.region;
    const municipalities = new Map(data.municipalities.map((m) => [m.properties.id, m.properties.name]));
    const municipalityName = (id: string, lang: Lang) => {
      const name = municipalities.get(id);
      return name && localized(name, lang);
    };

    // The pictures are drawn on worker threads while this thread writes the pages.
    mkdirSync(path.join(dist, 'og'), { recursive: true });
    const jobs = [...pictureJobs(data, dist, path.join(dist, 'data', region), municipalityName, readFileSync), ...iconJobs(dist)];
    const drawing = rasterise(jobs, pictureCache);
    drawing.catch(() => undefined);
    // The embed's page: the map page's head with the region's poster instead of the app's screen
    // (deploy/nginx.conf serves it for `?embed=1`; elsewhere main.tsx removes the written screen
    // for an embed).
    const poster = embedPosterHtml(data.region, regionFrame(data.region.bbox, path.join(dist, 'data', region), readFileSync));
    writeFileSync(path.join(dist, 'embed.html'), writePage(template, regionPageMeta(data.region, data.sites.length), { poster }, 0, publicUrl));
    const home = emptyUrlState();
    writeFileSync(
      path.join(dist, 'index.html'),
      writePage(
        template,
        regionPageMeta(data.region, data.sites.length),
        { screen: prerender.renderInvestorScreen(data, home), key: prerenderKey(home, defaultLanguage, data.region.dataVersion) },
        0,
        publicUrl,
      ),
    );
    let sitePages = 0;
    for (const site of data.sites) {
      for (const lang of data.region.languages) {
        const url: UrlState = { ...emptyUrlState(), site: site.properties.id, ...(lang === defaultLanguage ? {} : { lang }) };
        const page = sitePagePath(site.properties.id, lang, defaultLanguage);
        const meta = sitePageMeta(site.properties, lang, data.region, municipalityName(site.properties.derived.municipalityId, lang));
        const depth = sitePageDepth(lang, defaultLanguage);
        mkdirSync(path.join(dist, page), { recursive: true });
        const written = { screen: prerender.renderInvestorScreen(data, url), key: prerenderKey(url, lang, data.region.dataVersion) };
        writeFileSync(path.join(dist, page, 'index.html'), writePage(template, meta, written, depth, publicUrl));
        sitePages += 1;
      }
    }
    const pagesDone = performance.now();
    const drawn = await drawing;
    writeFindable(dist, data.region, data.sites.map((site) => site.properties.id), publicUrl);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      `pages: ${sitePages + 1} written in ${s(pagesDone - started)}, ${jobs.length} pictures meanwhile (${drawn} drawn, ${jobs.length - drawn} kept from an earlier build), ` +
        `${s(performance.now() - started)} in all` +
        (publicUrl ? ` for ${publicUrl}` : ' (PARKATLAS_PUBLIC_URL not set: link previews and the sitemap use relative addresses)'),
    );
  } finally {
    await vite.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`build-pages: ${e instanceof Error ? (process.env.DEBUG ? e.stack : e.message) : String(e)}`);
    process.exit(1);
  });
}
