import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_LOAD, OUTPUT_FILES } from './src/domain/data/output-files';
import { isFirstScreenFont } from './scripts/fonts/web-font-files';

/**
 * The region this build serves: one variable for `npm start`, `npm run build` and `npm run data`
 * (scripts/lib/cli.ts reads the same), so the app never asks for a region whose data was not built.
 */
const REGION = process.env.PARKATLAS_REGION || 'kuzbass';

/** public/data holds every region ever built here; dist/ ships only the one it serves. */
function onlyThisRegionsData(): Plugin {
  let outDir = 'dist';
  return {
    name: 'parkatlas-only-this-regions-data',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle() {
      const data = join(outDir, 'data');
      if (!existsSync(data)) return;
      for (const dir of readdirSync(data)) if (dir !== REGION) rmSync(join(data, dir), { recursive: true, force: true });
    },
  };
}

/**
 * Marks the HTML's requests that serve only the first map (its chunks and data). A page
 * the build writes a screen or the embed's poster into leaves them out (scripts/pages/write-page.ts):
 * there main.js asks for them once it has painted, so they do not hold back its first paint on a
 * slow line. Only a bare `vite build`'s index.html keeps them.
 */
export const FOR_FIRST_MAP = 'data-for-first-map';

/**
 * The region's data files are asked for by the HTML itself, so they download while the scripts
 * do instead of after them (the first map comes sooner). Same URLs as load-region.ts fetches.
 */
function preloadRegionData(): Plugin {
  const region = REGION;
  return {
    name: 'parkatlas-preload-region-data',
    transformIndexHtml: (_html, ctx) =>
      FIRST_LOAD[ctx.filename.endsWith('propose.html') ? 'propose' : 'map'].map((file) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          as: 'fetch',
          href: `./data/${region}/${file}`,
          crossorigin: 'anonymous',
          // region.json is asked for by main.js at once on every page; the rest only for the map.
          ...(file === OUTPUT_FILES.region ? {} : { [FOR_FIRST_MAP]: '' }),
        },
        injectTo: 'head' as const,
      })),
  };
}

/** The chunk of `sourceId` (e.g. src/features/investor/investor-root.tsx) and every chunk it imports statically. */
function chunkClosure(chunks: Rollup.OutputChunk[], sourceId: string): Set<string> {
  const into = new Set<string>();
  const walk = (file: string | undefined) => {
    const chunk = chunks.find((c) => c.fileName === file);
    if (!chunk || into.has(chunk.fileName)) return;
    into.add(chunk.fileName);
    chunk.imports.forEach(walk);
  };
  // A module imported both statically and dynamically may sit in a shared chunk with no facade.
  const home = chunks.find((c) => c.facadeModuleId?.endsWith(sourceId)) ?? chunks.find((c) => c.moduleIds.some((id) => id.endsWith(sourceId)));
  walk(home?.fileName);
  return into;
}

/**
 * main.tsx loads the first map, then React and App or EmbedApp, dynamically (the embed must not
 * load the full app). The HTML asks for the first map's chunks (MapLibre) before anything else:
 * with six connections per host (HTTP/1.1) they would otherwise share the line with React, zod
 * and the app, which render only once the first map has drawn (render-app.tsx) and are fetched
 * when main.tsx asks for them. Measured: first map 1.41x -> 1.16x the floor, same run.
 * The stylesheets of both apps stay in the HTML: the layout must not jump when React renders.
 */
function preloadAppChunks(): Plugin {
  return {
    name: 'parkatlas-preload-app-chunks',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.filename.endsWith('index.html')) return [];
        const chunks = Object.values(ctx.bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const full = chunkClosure(chunks, 'src/features/investor/investor-root.tsx');
        const embed = chunkClosure(chunks, 'src/features/embed/embed-app.tsx');
        const firstMap = [...chunkClosure(chunks, 'src/map/early-map.ts')].filter((f) => !html.includes(f));
        const started = [...chunkClosure(chunks, 'src/app/render-app.tsx')];
        const shared = [...new Set([...started, ...[...full].filter((f) => embed.has(f))])].filter((f) => !html.includes(f) && !firstMap.includes(f));
        // Their CSS (MapLibre's, the app's) would otherwise be fetched only when main.js asks for them.
        const sharedCss = [...new Set([...firstMap, ...shared].flatMap((f) => [...(chunks.find((c) => c.fileName === f)?.viteMetadata?.importedCss ?? [])]))].filter(
          (f) => !html.includes(f),
        );
        // The faces the first screen's text uses (src/components/fonts.css), asked for with the
        // stylesheets rather than once layout finds the text: with `font-display: optional` a
        // face that comes late is not used on this page. They also serve the map's labels.
        const firstScreenFonts = Object.keys(ctx.bundle).filter(isFirstScreenFont);
        return [
          ...sharedCss.map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `./${file}` }, injectTo: 'head' as const })),
          ...firstMap.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', fetchpriority: 'high', href: `./${file}`, [FOR_FIRST_MAP]: '' },
            injectTo: 'head-prepend' as const,
          })),
          ...firstScreenFonts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: 'anonymous', href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

// The Content-Security-Policy the app is tested under (every browser test runs with it) and
// that the README recommends. data: workers: a sandboxed embed (origin "null") has MapLibre
// start its worker from a data: URL. The basemap host is the region's online style.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https://tiles.openfreemap.org",
  "font-src 'self'",
  "connect-src 'self' https://tiles.openfreemap.org",
  "worker-src 'self' blob: data:",
  "frame-src 'self'",
  'frame-ancestors *',
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default defineConfig({
  // Relative asset URLs: the built app runs from any folder of any static host.
  base: './',
  plugins: [react(), preloadRegionData(), preloadAppChunks(), onlyThisRegionsData()],
  // The region reaches the app as a constant (src/io/region-files.ts), not through VITE_* env.
  define: { 'import.meta.env.PARKATLAS_REGION': JSON.stringify(REGION) },
  // The manifest lets the bundle test see what each entry (full app, embed) loads first.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
    // Two pages: the map (full app and embed) and the proposal page, each loading only its own code.
    rollupOptions: { input: { main: 'index.html', propose: 'propose.html' } },
  },
  // An embed in <iframe sandbox> without allow-same-origin has origin "null": every file it
  // loads (scripts, the worker, data, fonts) is then a cross-origin request.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Access-Control-Allow-Origin': '*', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  server: { host: '127.0.0.1', port: 5173 },
});
