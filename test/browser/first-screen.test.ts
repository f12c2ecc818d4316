// The investor's first screen, in real Chromium with no network.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { launchChromium } from './chromium';
import { openApp, openLegend, pixelOf, renderedSites } from './app-page';
import { builtSites, siteById } from './built-data';
import { DIST } from './propose-page';

const yurga = siteById('tor-yurga');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('first screen', () => {
  it('is served under the Content-Security-Policy the README recommends', async () => {
    const response = await fetch(inject('baseUrl'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('renders every site with no network, on the offline basemap', async () => {
    const { page, consoleErrors } = await openApp(browser);
    expect((await renderedSites(page)).count).toBe(builtSites.length);
    await page.getByText('Офлайн-подложка: онлайн-карта недоступна').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draws the region in its surroundings offline: outline, the land outside dimmed, named neighbours, rivers, lakes', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const drawn = (layer: string) => page.evaluate((l) => window.parkatlasMap!.queryRenderedFeatures({ layers: [l] }).length, layer);
    for (const layer of ['context-outline', 'context-outside', 'context-rivers', 'context-lakes', 'context-neighbours']) {
      await expect.poll(() => drawn(layer), { message: layer }).toBeGreaterThan(0);
    }
    // The surroundings come after the map's first idle (layers/context.ts); their labels are
    // placed a frame or more after their lines.
    const names = () => page.evaluate(() => window.parkatlasMap!.queryRenderedFeatures({ layers: ['context-neighbours-label'] }).map((f) => String(f.properties.nameRu)));
    await expect.poll(names).toContain('Новосибирская область');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('puts the project layers over the online basemap when it is reachable', async () => {
    const basemap = { version: 8, sources: {}, layers: [{ id: 'basemap-bg', type: 'background', paint: { 'background-color': '#dde8d0' } }] };
    const { page, consoleErrors } = await openApp(browser, '', {
      beforeLoad: (p) =>
        p.route('https://tiles.openfreemap.org/styles/liberty', (route) =>
          route.fulfill({ json: basemap, headers: { 'access-control-allow-origin': '*' } }),
        ),
    });
    const layerIds = await page.evaluate(() => window.parkatlasMap!.getStyle().layers.map((l) => l.id));
    expect(layerIds[0]).toBe('basemap-bg');
    expect(layerIds).toContain('sites-point');
    expect((await renderedSites(page)).count).toBe(builtSites.length);
    expect(await page.getByText('Офлайн-подложка').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens the passport of a clicked site, in Russian', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const { x, y } = await pixelOf(page, yurga.derived.displayPoint);
    await page.mouse.click(x, y);
    const heading = page.getByRole('heading', { level: 2, name: yurga.name.ru });
    await heading.waitFor();
    const panel = page.getByRole('complementary', { name: yurga.name.ru });
    await expect.poll(() => panel.textContent()).toContain('центр населённого пункта');
    await expect.poll(() => panel.textContent()).toContain('нет данных');
    expect(new URL(page.url()).searchParams.get('site')).toBe('tor-yurga');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows English names with ?lang=en, and the language switch goes back to Russian', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&basemap=offline&site=tor-yurga');
    await page.getByRole('heading', { level: 2, name: yurga.name.en! }).waitFor();
    const labelField = await page.evaluate(() => window.parkatlasMap!.getLayoutProperty('sites-label', 'text-field'));
    expect(JSON.stringify(labelField)).toContain('nameEn');
    // The map's own controls speak the UI's language too, and follow the switch.
    const controls = () =>
      page.evaluate(() => [
        document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label'),
        document.querySelector('.maplibregl-ctrl-attrib-button')?.getAttribute('aria-label'),
        window.parkatlasMap!.getCanvas().getAttribute('aria-label'),
      ]);
    expect(await controls()).toEqual(['Zoom in', 'Show or hide the map credits', 'Map']);
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: yurga.name.ru }).waitFor();
    await expect.poll(controls).toEqual(['Приблизить', 'Показать или скрыть источники карты', 'Карта']);
    expect(await page.getByRole('button', { name: 'Отдалить' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('lets the user pick among sites that share a town centre', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    // At the region view the five Kemerovo sites form one cluster: a click lists them.
    const { x, y } = await pixelOf(page, siteById('kemz-technopark').derived.displayPoint);
    await page.mouse.click(x, y);
    const chooser = page.getByRole('complementary', { name: 'Площадки в этом месте' });
    await chooser.waitFor();
    const choices = chooser.getByRole('button', { name: /технопарк «КЭМЗ»/i });
    await choices.first().click();
    await page.getByRole('heading', { level: 2, name: /КЭМЗ/ }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows what is wrong, not a blank page, when a data file is broken: a data problem, not the connection', async () => {
    const { page } = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/sites.geojson', (route) => route.fulfill({ json: { type: 'FeatureCollection', features: [{ type: 'Feature' }] } })),
      waitForMap: false,
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Данные карты на сайте отсутствуют или повреждены');
    await expect.poll(() => alert.textContent()).toContain('sites.geojson: feature "#0": geometry');
    expect(await alert.textContent()).not.toContain('Проверьте соединение');
    // The map drawn before the files were checked is gone with its WebGL context, not left behind.
    await expect.poll(() => page.locator('.maplibregl-map').count()).toBe(0);
    await page.context().close();
  });

  it('shows everything else when one value is broken, says what was left out, and shows an http:// source as text', async () => {
    const sites = JSON.parse(readFileSync(join(DIST, 'data', 'kuzbass', 'sites.geojson'), 'utf8'));
    const yurga = sites.features.find((f: { properties: { id: string } }) => f.properties.id === 'tor-yurga');
    yurga.properties.sources = [
      { title: 'Bad link', url: 'javascript:alert(1)', accessed: '2026-11-01' },
      { title: 'Old page', url: 'http://example.ru/old', accessed: '2026-11-01' },
    ];
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&site=tor-yurga', {
      beforeLoad: (p) => p.route('**/data/kuzbass/sites.geojson', (route) => route.fulfill({ json: sites })),
    });
    const notice = page.getByText('Часть данных не показана');
    await notice.waitFor();
    await notice.click();
    expect(await page.locator('.data-problems').textContent()).toContain('sites.geojson: feature "tor-yurga": properties.sources[0].url');
    await expect.poll(async () => (await renderedSites(page)).count).toBe(builtSites.length);
    const panel = page.getByRole('complementary', { name: 'ТОСЭР «Юрга»' });
    await expect.poll(() => panel.textContent()).toContain('Old page — http://example.ru/old');
    expect(await panel.locator('a[href^="http://"], a[href^="javascript:"]').count()).toBe(0);
    expect(await panel.textContent()).toContain('Bad link');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('names a missing region file as missing (HTTP 404), and only a dropped connection suggests the connection', async () => {
    const missing = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/municipalities.geojson', (route) => route.fulfill({ status: 404, body: 'not found' })),
      waitForMap: false,
    });
    const alert = missing.page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('municipalities.geojson: HTTP 404');
    expect(await alert.textContent()).toContain('ошибка публикации данных');
    await missing.page.context().close();
    const offline = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/municipalities.geojson', (route) => route.abort('internetdisconnected')),
      waitForMap: false,
    });
    await expect.poll(() => offline.page.getByRole('alert').textContent()).toContain('Проверьте соединение');
    await offline.page.context().close();
  });

  it('shows one map from the start, where the app then keeps it (adopted, not made again)', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', {
      // Every frame from the start: the first map object seen, and where it was.
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { firstSeen?: { map: unknown; rect: number[] }; parkatlasFirstMap?: { getContainer(): HTMLElement } };
          const look = () => {
            const m = w.parkatlasFirstMap;
            if (m && !w.firstSeen) {
              const r = m.getContainer().getBoundingClientRect();
              w.firstSeen = { map: m, rect: [r.left, r.top, r.width, r.height] };
            }
            if (!w.firstSeen) requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
    });
    const seen = await page.evaluate(() => {
      const w = window as unknown as { firstSeen: { map: unknown; rect: number[] }; parkatlasMap: unknown };
      const r = document.querySelector('.map')!.getBoundingClientRect();
      return {
        rect: w.firstSeen.rect,
        same: w.firstSeen.map === w.parkatlasMap,
        made: performance.getEntriesByName('parkatlas:map-created').length,
        canvases: document.querySelectorAll('canvas.maplibregl-canvas').length,
        final: [r.left, r.top, r.width, r.height],
      };
    });
    expect(seen.same).toBe(true);
    expect(seen.made).toBe(1);
    expect(seen.canvases).toBe(1);
    seen.rect.forEach((v, i) => expect(Math.abs(v - seen.final[i]!)).toBeLessThan(1));
    expect((await renderedSites(page)).count).toBe(builtSites.length);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps a chosen site in view when the window is resized', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    await page.getByRole('button', { name: new RegExp(yurga.name.ru) }).first().click();
    await expect.poll(() => page.evaluate(() => window.parkatlasMap!.getZoom()), { timeout: 10_000 }).toBeGreaterThanOrEqual(11.9);
    await page.setViewportSize({ width: 1100, height: 700 });
    await expect.poll(() => page.evaluate(() => window.parkatlasMap!.getCanvas().clientWidth)).toBe(1100 - 352);
    // Give MapLibre's throttled resize time to run its listeners, then look again.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    expect(await page.evaluate(() => window.parkatlasMap!.getZoom())).toBeGreaterThanOrEqual(11.9);
    await page.context().close();
  });

  it('shows only the layers the link asks for, from the first frame', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&layers=infrastructure,municipalities', {
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { sitesEverDrawn: number; parkatlasFirstMap?: import('maplibre-gl').Map };
          w.sitesEverDrawn = 0;
          const look = () => {
            const m = w.parkatlasFirstMap;
            if (m?.getLayer('sites-point')) w.sitesEverDrawn += m.queryRenderedFeatures({ layers: ['sites-point', 'sites-cluster'] }).length;
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
    });
    // The sites are in their source (read from the file), but never drawn.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const data = (window.parkatlasMap!.getSource('parkatlas-sites') as import('maplibre-gl').GeoJSONSource).serialize().data;
          return typeof data === 'object' && 'features' in data ? data.features.length : 0;
        }),
      )
      .toBe(builtSites.length);
    expect(await page.evaluate(() => (window as unknown as { sitesEverDrawn: number }).sitesEverDrawn)).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('says the app did not load, over the map, when one of its files is gone', async () => {
    const { page } = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/assets/investor-root-*.js', (route) => route.fulfill({ status: 404, body: 'gone' })),
      waitForMap: false,
    });
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toContain('Приложение не загрузилось');
    await page.context().close();
  });

  it('keeps the whole region in view in the box the layout settles on (a top bar that wraps)', async () => {
    // At 900 px the toolbar wraps to a second line after the map is made: a lower box than the first.
    const { page } = await openApp(browser, '?basemap=offline', { viewport: { width: 900, height: 400 } });
    const bbox = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/data/kuzbass/region.json'), 'utf8')).bbox as [number, number, number, number];
    const fit = () =>
      page.evaluate((b) => {
        const map = window.parkatlasMap!;
        const box = document.querySelector('.map')!.getBoundingClientRect();
        const canvas = map.getCanvas();
        return {
          sizeMatches: canvas.clientWidth === Math.round(box.width) && canvas.clientHeight === Math.round(box.height),
          zoom: map.getZoom(),
          fitted: map.cameraForBounds(b, { padding: 24 })!.zoom!,
        };
      }, bbox);
    await expect.poll(async () => (await fit()).sizeMatches).toBe(true);
    await expect.poll(async () => { const f = await fit(); return Math.abs(f.zoom - f.fitted); }).toBeLessThan(0.01);
    expect((await renderedSites(page)).count).toBe(builtSites.length);
    await page.context().close();
  });

  it('never draws a site the link filters out, not even before the app has loaded', async () => {
    const expected = builtSites.filter((s) => s.properties.status === 'under_construction').map((s) => String(s.properties.id));
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&status=under_construction', {
      // Every frame from the start: which sites the map's sites source holds.
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { everShown: Set<string>; parkatlasFirstMap?: import('maplibre-gl').Map };
          w.everShown = new Set();
          const record = () => {
            const data = (w.parkatlasFirstMap?.getSource('parkatlas-sites') as import('maplibre-gl').GeoJSONSource | undefined)?.serialize().data;
            if (data && typeof data === 'object' && 'features' in data) for (const f of data.features) w.everShown.add(String(f.properties?.id));
          };
          let listening = false;
          const look = () => {
            record();
            // And at every data change the map reports, between frames too.
            if (w.parkatlasFirstMap && !listening) {
              listening = true;
              w.parkatlasFirstMap.on('sourcedata', record);
            }
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
    });
    await expect.poll(async () => (await renderedSites(page)).count).toBe(expected.length);
    const shown = await page.evaluate(() => [...(window as unknown as { everShown: Set<string> }).everShown].sort());
    expect(shown).toEqual([...expected].sort());
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draws the map while the site files are still on their way, then the sites', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', {
      // The sites file hangs until the test lets it through, as on a slow mobile network.
      beforeLoad: (p) => p.route('**/data/kuzbass/sites.geojson', async (route) => (await held, route.continue())),
      waitForApp: false,
    });
    // waitForMap returned: the map is up, with its layers, before any site has arrived.
    expect((await renderedSites(page)).count).toBe(0);
    // Meanwhile the page shows the list its HTML was written with, and says it is busy.
    const written = await page.locator('.result-list .result-name').allTextContents();
    expect(written.sort()).toEqual(builtSites.map((s) => s.properties.name.ru).sort());
    expect(await page.locator('.app').getAttribute('aria-busy')).toBe('true');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await page.evaluate(() => window.parkatlasMap!.querySourceFeatures('parkatlas-municipalities').length)).toBeGreaterThan(0);
    release();
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 45_000 });
    await expect.poll(async () => (await renderedSites(page)).count).toBe(builtSites.length);
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/Найдено 12 из 12/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('says so when a context layer fails to load, and keeps the sites usable', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/infrastructure.map.geojson', (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    await expect.poll(() => page.locator('.notice-layer').textContent()).toContain('Не загрузился слой карты');
    await expect.poll(async () => (await renderedSites(page)).count).toBe(builtSites.length);
    // The failed request itself is logged by the browser; nothing else went wrong.
    expect(consoleErrors.filter((e) => !/404|infrastructure\.map\.geojson|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('lists a long result a page at a time, and shows more on request', async () => {
    const { generateBuiltSites } = await import('../../bench/generate-sites');
    const municipalities = [...new Set(builtSites.map((s) => (s.properties as unknown as { derived: { municipalityId: string } }).derived.municipalityId))];
    const many = generateBuiltSites(450, { seed: 9, templates: builtSites as never, municipalities });
    const { page } = await openApp(browser, '?basemap=offline', {
      beforeLoad: (p) => p.route('**/data/kuzbass/sites.geojson', (route) => route.fulfill({ json: { type: 'FeatureCollection', features: many } })),
    });
    const list = page.getByRole('list', { name: 'Площадки' });
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/Найдено 450 из 450/);
    expect(await list.getByRole('listitem').count()).toBe(200);
    await page.getByRole('button', { name: 'Показать ещё 200 (не показано 250)' }).click();
    expect(await list.getByRole('listitem').count()).toBe(400);
    await page.getByRole('button', { name: 'Показать ещё 50 (не показано 50)' }).click();
    expect(await list.getByRole('listitem').count()).toBe(450);
    await expect(page.getByRole('button', { name: /Показать ещё/ }).count()).resolves.toBe(0);
    await page.context().close();
  });

  it('hides and shows the sites through the legend', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    await openLegend(page);
    const sitesToggle = page.getByRole('checkbox', { name: 'Площадки', exact: true });
    await sitesToggle.uncheck();
    await expect.poll(async () => (await renderedSites(page)).count).toBe(0);
    await sitesToggle.check();
    await expect.poll(async () => (await renderedSites(page)).count).toBe(builtSites.length);
    await page.context().close();
  });
});
