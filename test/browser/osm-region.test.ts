// A region after an OpenStreetMap import: lines drawn as lines, municipalities as polygons with
// an optional population shading, sites placed in municipalities by point-in-polygon.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { articlePage, startHostServer } from './host-server';
import { openApp, openLegend } from './app-page';
import { DIST } from './propose-page';

const root = join(import.meta.dirname, '..', '..');
let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let tiledServer: Awaited<ReturnType<typeof preview>>;
let base: string;
let tiledBase: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parkatlas-osm-'));
  const region = join(work, 'region');
  const site = join(work, 'dist');
  cpSync(join(root, 'data', 'regions', 'kuzbass'), region, { recursive: true });
  cpSync(DIST, site, { recursive: true });
  const tsx = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, stdio: 'pipe' });
  tsx('scripts/import-osm.ts', '--region', 'kuzbass', '--data-dir', region, '--from', join(root, 'test/fixtures/osm/overpass-small.json'), '--date', '2026-11-27');
  tsx('scripts/build-data.ts', '--data-dir', region, '--out', join(site, 'data', 'kuzbass'));
  server = await preview({ root, logLevel: 'error', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0 } });
  base = server.resolvedUrls!.local[0]!;
  // The same region with every line and boundary served as vector tiles (PMTiles), as a region
  // past the tiling threshold is: a threshold of 1 vertex forces it for this small import.
  const tiledSite = join(work, 'dist-tiled');
  cpSync(DIST, tiledSite, { recursive: true });
  const config = JSON.parse(readFileSync(join(region, 'region.json'), 'utf8'));
  writeFileSync(join(region, 'region.json'), JSON.stringify({ ...config, tiling: { thresholdVertices: 1 } }));
  tsx('scripts/build-data.ts', '--data-dir', region, '--out', join(tiledSite, 'data', 'kuzbass'));
  tiledServer = await preview({ root, logLevel: 'error', build: { outDir: tiledSite }, preview: { host: '127.0.0.1', port: 0 } });
  tiledBase = tiledServer.resolvedUrls!.local[0]!;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await tiledServer?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('region with imported OSM data', () => {
  it('draws lines and municipal polygons, and shades by population when asked', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline#map=8/55.7/85.0', { base });
    const count = (layer: string) => page.evaluate((l) => window.parkatlasMap!.queryRenderedFeatures({ layers: [l] }).length, layer);
    await expect.poll(() => count('infrastructure-line')).toBeGreaterThan(0);
    await expect.poll(() => count('municipalities-line')).toBeGreaterThan(0);
    expect(await count('municipalities-population')).toBe(0);
    await openLegend(page);
    await page.getByRole('checkbox', { name: 'Заливка по численности населения' }).check();
    await expect.poll(() => count('municipalities-population')).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('layers')).toContain('population');
    expect(await page.locator('.legend').textContent()).toMatch(/ЛЭП 110 кВ/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('puts the Yurga site in its municipality by its polygon and measures to the nearest power line', async () => {
    const { page } = await openApp(browser, '?basemap=offline&site=tor-yurga', { base });
    const panel = page.getByRole('complementary', { name: 'ТОСЭР «Юрга»' });
    await expect.poll(() => panel.textContent()).toMatch(/Ближайшее: лэп.*км/i);
    await page.context().close();
  });

  it('filters by power-line voltage class from the panel, into the link (near=power_line_110:…)', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&nodata=hide', { base });
    const input = page.getByLabel('ЛЭП 110 кВ и выше: не дальше, км');
    await input.fill('1');
    await expect.poll(() => new URL(page.url()).searchParams.get('near')).toBe('power_line_110:1');
    const names = () => page.getByRole('list', { name: 'Площадки', exact: true }).getByRole('listitem').allTextContents();
    // The 110/10 kV line runs past Yurga's TOR: it stays; sites far from any 110 kV line go.
    await expect.poll(async () => (await names()).some((n) => n.includes('Юрга'))).toBe(true);
    expect((await names()).length).toBeLessThan(12);
    // The same link opened cold shows the same filter in the panel.
    const again = await openApp(browser, `?basemap=offline&nodata=hide&near=power_line_110:1`, { base });
    await expect.poll(() => again.page.getByLabel('ЛЭП 110 кВ и выше: не дальше, км').inputValue()).toBe('1');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });
});

describe('the same region served as vector tiles', () => {
  it('draws lines and boundaries from the .pmtiles files, with the same legend, shading and distances', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&site=tor-yurga#map=8/55.7/85.0', { base: tiledBase });
    const count = (layer: string) => page.evaluate((l) => window.parkatlasMap!.queryRenderedFeatures({ layers: [l] }).length, layer);
    await expect.poll(() => count('infrastructure-line')).toBeGreaterThan(0);
    await expect.poll(() => count('municipalities-line')).toBeGreaterThan(0);
    const sources = await page.evaluate(() =>
      ['infrastructure-line', 'municipalities-line', 'municipalities-label'].map((l) => window.parkatlasMap!.getLayer(l)!.source),
    );
    expect(sources).toEqual(['parkatlas-infrastructure-tiles', 'parkatlas-municipalities-tiles', 'parkatlas-municipalities']);
    // The tiles were read by range requests from the static files, as from any CDN.
    const pmtiles = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.pmtiles')).length);
    expect(pmtiles).toBeGreaterThan(0);
    await openLegend(page);
    await page.getByRole('checkbox', { name: 'Заливка по численности населения' }).check();
    await expect.poll(() => count('municipalities-population')).toBeGreaterThan(0);
    expect(await page.locator('.legend').textContent()).toMatch(/ЛЭП 110 кВ/);
    const panel = page.getByRole('complementary', { name: 'ТОСЭР «Юрга»' });
    await expect.poll(() => panel.textContent()).toMatch(/Ближайшее: лэп.*км/i);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draws the tiles in a journalist\'s sandboxed embed too (origin null: range requests cross-origin)', async () => {
    const host = await startHostServer();
    try {
      const src = `${tiledBase}?embed=1&basemap=offline#map=8/55.7/85.0`.replace(/&/g, '&amp;');
      host.page('/article', articlePage(`<iframe src="${src}" title="Карта" width="800" height="450" sandbox="allow-scripts allow-popups"></iframe>`));
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${host.url}/article`);
      await expect.poll(() => page.frames().length).toBe(2);
      const frame = page.frames().find((f) => f !== page.mainFrame())!;
      const count = (layer: string) =>
        frame.evaluate((l) => window.parkatlasMap?.queryRenderedFeatures({ layers: [l] }).length ?? 0, layer).catch(() => 0);
      await expect.poll(() => count('infrastructure-line')).toBeGreaterThan(0);
      await expect.poll(() => count('municipalities-line')).toBeGreaterThan(0);
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await host.close();
    }
  });
});
