// What an investor does, in real Chromium: filter, read the list, open by keyboard, share,
// compare, export, print, on a desktop and on a phone.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, highlightedIds, openApp, renderedSites, waitForApp, waitForMap } from './app-page';
import { builtSites, siteById } from './built-data';
import { launchChromium } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const countText = (page: Page) => page.locator('.count').textContent();
const listItems = (page: Page, name = 'Площадки') => page.getByRole('list', { name, exact: true }).getByRole('listitem');
const torIds = builtSites.filter((s) => s.properties.kind === 'tor').map((s) => s.properties.id);

describe('finding sites', () => {
  it('narrows the list, the count and the map together when a filter is chosen', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    expect(await countText(page)).toBe(`Найдено ${builtSites.length} из ${builtSites.length} площадок`);
    await page.getByRole('checkbox', { name: 'ТОР (ТОСЭР)' }).check();
    await expect.poll(() => countText(page)).toBe(`Найдено ${torIds.length} из ${builtSites.length} площадок`);
    expect(await listItems(page).count()).toBe(torIds.length);
    await expect.poll(async () => (await renderedSites(page)).count).toBe(torIds.length);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('tor');
    await page.getByRole('button', { name: 'Сбросить фильтры' }).click();
    await expect.poll(async () => (await renderedSites(page)).count).toBe(builtSites.length);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('goes back to the previous filters with Back, not to the previous web page', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    const start = page.url();
    await page.getByRole('checkbox', { name: 'ТОР (ТОСЭР)' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('tor');
    await page.getByRole('checkbox', { name: 'Действует' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('operating');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    expect(await page.getByRole('checkbox', { name: 'Действует' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'ТОР (ТОСЭР)' }).isChecked()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.getByRole('checkbox', { name: 'ТОР (ТОСЭР)' }).isChecked()).toBe(false);
    expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(new URL(start).origin + new URL(start).pathname);
    await page.context().close();
  });

  it('searches by name and says when nothing matches', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    const search = page.getByRole('searchbox');
    await search.fill('Юрга');
    await expect.poll(() => countText(page)).toBe(`Найдено 1 из ${builtSites.length} площадок`);
    await search.fill('несуществующая площадка');
    await page.getByText('Ни одна площадка не подходит').waitFor();
    await expect.poll(async () => (await renderedSites(page)).count).toBe(0);
    await page.context().close();
  });

  it('filters by distance to infrastructure and marks sites with no data', async () => {
    const { page } = await openApp(browser, '?basemap=offline&near=airport:20');
    const shown = await listItems(page).count();
    expect(shown).toBeLessThan(builtSites.length);
    expect(shown).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /Показывать площадки без данных/ }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('nodata')).toBe('hide');
    const next = new URL(page.url());
    next.searchParams.delete('near');
    next.searchParams.set('minArea', '100');
    await page.goto(next.href);
    await waitForMap(page);
    await waitForApp(page);
    // With "no data" hidden only sites with a known area of 100 ha or more remain.
    const items = await listItems(page).allTextContents();
    expect(items.length).toBeGreaterThan(0);
    for (const text of items) expect(text).toMatch(/\d+ га/);
    await page.context().close();
  });

  it('opens a site from the list by keyboard, highlighting it on the map first', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline');
    const yurga = siteById('tor-yurga');
    const item = page.getByRole('button', { name: new RegExp(yurga.name.ru) });
    await item.focus();
    await expect.poll(() => highlightedIds(page)).toEqual(['tor-yurga']);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: yurga.name.ru }).waitFor();
    // The map flies to the site: it ends up centred on the site, zoomed in.
    await expect
      .poll(() => page.evaluate(() => window.parkatlasMap!.getZoom()), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(11.9);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(yurga.name.ru);
    // Escape closes the passport and gives focus back to the list item that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: yurga.name.ru }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '')).toContain(yurga.name.ru);
    expect(new URL(page.url()).searchParams.get('site')).toBeNull();
    // The same for the region overview, opened from the toolbar.
    const overview = page.getByRole('button', { name: 'Обзор региона' });
    await overview.click();
    await page.getByRole('heading', { level: 2, name: 'Обзор региона' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Обзор региона' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Обзор региона');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('sharing', () => {
  it('restores the whole state from a shared link, and back/forward walk through changes', async () => {
    const query = '?lang=en&basemap=offline&kind=tor&site=tor-yurga&compare=tor-yurga,tor-novokuznetsk';
    const { page, consoleErrors } = await openApp(browser, `${query}#map=8/55.5/85.5`);
    expect(await countText(page)).toBe(`Found ${torIds.length} of ${builtSites.length} sites`);
    await page.getByRole('heading', { level: 2, name: siteById('tor-yurga').name.en! }).waitFor();
    await page.getByRole('heading', { name: 'Site comparison' }).waitFor();
    expect(await page.evaluate(() => Math.round(window.parkatlasMap!.getZoom()))).toBe(8);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: siteById('tor-yurga').name.en! }).waitFor({ state: 'detached' });
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: siteById('tor-yurga').name.en! }).waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('goes back to the earlier view with the browser\'s Back button', async () => {
    const { page } = await openApp(browser, '?basemap=offline#map=7/55/86');
    await page.getByRole('button', { name: new RegExp(siteById('tor-yurga').name.ru) }).click();
    await expect.poll(() => page.evaluate(() => window.parkatlasMap!.getZoom())).toBeGreaterThanOrEqual(11.9);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => Math.round(window.parkatlasMap!.getZoom()))).toBe(7);
    await page.context().close();
  });

  it('ignores a malformed link instead of showing a blank page', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&kind=<b>x</b>&minArea=-3&near=moon:5&site=../../etc#map=abc');
    expect(await countText(page)).toBe(`Найдено ${builtSites.length} из ${builtSites.length} площадок`);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('copies the link with the share button', async () => {
    const { page } = await openApp(browser, '?basemap=offline&kind=tor');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Поделиться' }).click();
    await page.getByText('Ссылка скопирована').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });
});

describe('comparing, exporting, printing', () => {
  it('compares two sites side by side, marking the best value and missing ones', async () => {
    const { page } = await openApp(browser, '?basemap=offline');
    for (const id of ['tor-yurga', 'kuzbass-technopark']) {
      await page.getByRole('checkbox', { name: `Сравнить: ${siteById(id).name.ru}` }).check();
    }
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(2);
    const residents = table.getByRole('row', { name: /Резиденты/ });
    expect(await residents.locator('.best').textContent()).toContain('28');
    expect(await table.getByText('нет данных').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('tor-yurga,kuzbass-technopark');
    // Keyboard: Escape closes the comparison, focus goes back to the checkbox that opened it, and
    // Back brings the comparison back.
    const opener = page.getByRole('checkbox', { name: `Сравнить: ${siteById('kuzbass-technopark').name.ru}` });
    await opener.focus();
    await page.keyboard.press('Escape');
    await table.waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    await page.goBack();
    await table.waitFor();
    await page.context().close();
  });

  it('exports the filtered sites as CSV for Excel and as GeoJSON, both readable again', async () => {
    const { page } = await openApp(browser, '?basemap=offline&kind=tor');
    await page.getByText('Экспорт').click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (Excel)' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.id).sort()).toEqual([...torIds].sort());
    expect(rows[0]?.name_ru).toMatch(/ТОСЭР/);
    expect(csvDownload.suggestedFilename()).toMatch(/^parkatlas-kuzbass-sites-\d{4}-\d{2}-\d{2}\.csv$/);

    await page.getByText('Экспорт').click();
    const [geoDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8'));
    expect(geo.features).toHaveLength(torIds.length);
    expect(geo.features[0].properties.derived.nearest).toBeDefined();
    await page.context().close();
  });

  it('prints a one-page factsheet with a map snapshot, the passport and its sources', async () => {
    // The SEZ's passport is the longest (eight sources, five dated events): if it fits, all do.
    const { page } = await openApp(browser, '?basemap=offline&site=sez-kuzbass-topki');
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Печать / PDF' }).click();
    await page.locator('body[data-printed="yes"]').waitFor();
    // The snapshot is part of the printed page only, so it is looked up by its place, not its role.
    const img = page.locator('.factsheet-map img');
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,.{1000}/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await img.isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Источники' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    await page.context().close();
  });
});

describe('overview, phone and accessibility', () => {
  it('shows counts by status that follow the filters', async () => {
    const { page } = await openApp(browser, '?basemap=offline&kind=tor&panel=overview');
    const table = page.getByRole('table', { name: 'По статусу' });
    await table.waitFor();
    const total = await table.locator('tfoot td').first().textContent();
    expect(Number(total)).toBe(torIds.length);
    await page.context().close();
  });

  it('works on a phone: list in a bottom sheet, passport over the map', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline', { viewport: { width: 375, height: 667 } });
    const yurga = siteById('tor-yurga');
    await page.getByRole('button', { name: new RegExp(yurga.name.ru) }).tap().catch(() => page.getByRole('button', { name: new RegExp(yurga.name.ru) }).click());
    const heading = page.getByRole('heading', { level: 2, name: yurga.name.ru });
    await heading.waitFor();
    expect(await heading.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Закрыть' }).click();
    await page.getByRole('button', { name: 'Фильтры', exact: true }).click();
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe violations on the main views', async () => {
    for (const query of ['', '&site=tor-yurga', '&compare=tor-yurga,kuzbass-technopark', '&panel=overview']) {
      const { page } = await openApp(browser, `?basemap=offline${query}`, { bypassCSP: true });
      expect({ query, violations: await axeViolations(page) }).toEqual({ query, violations: [] });
      await page.context().close();
    }
  });
});
