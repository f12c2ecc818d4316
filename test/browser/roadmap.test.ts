// The roadmap year (`?year=`): a site's timeline read in that year, plans due and past due marked.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { mapColoursAround, openApp, renderedSites } from './app-page';
import { siteById } from './built-data';
import { theme } from '../../src/map/theme';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the roadmap year', () => {
  it("shows the SEZ's gas pipeline as due in 2029, past due once the year is set to 2031, and flags such sites in the list", async () => {
    const kemerovoSez = siteById('sez-kuzbass-kemerovo').derived.displayPoint;
    const { page, consoleErrors } = await openApp(browser, `?basemap=offline&site=sez-kuzbass-topki&year=2029#map=13/${kemerovoSez[1]}/${kemerovoSez[0]}`);
    // On the map too: the SEZ's marker wears the ring of a plan due that year.
    const sezRing = () => mapColoursAround(page, kemerovoSez, 16, { due: theme.plan.due, pastDue: theme.plan.pastDue });
    expect((await sezRing()).due).toBeGreaterThan(50);
    const pipeline = page.locator('.timeline > li', { hasText: '410 км' });
    expect(await pipeline.locator('.event-date').textContent()).toBe('2028–2029');
    expect(await pipeline.locator('.plan-state').textContent()).toBe('срок — 2029 г.');
    expect(await pipeline.locator('.sources a').first().getAttribute('href')).toContain('expertsibdv.com');
    // The year field shows the link's year and writes the one typed into the link.
    const year = page.getByLabel('Год дорожной карты');
    expect(await year.inputValue()).toBe('2029');
    await year.fill('2031');
    await page.waitForURL(/[?&]year=2031/);
    expect(await pipeline.locator('.plan-state').getAttribute('data-state')).toBe('past_due');
    expect(await pipeline.locator('.plan-state').textContent()).toBe('срок прошёл, завершение не отмечено (2031)');
    await expect.poll(async () => (await sezRing()).pastDue).toBeGreaterThan(50);
    // The list flags the sites with a plan past due that year.
    const row = (name: RegExp) => page.locator('.result-list li', { has: page.locator('.result-name', { hasText: name }) });
    const topki = row(/площадка Топки/);
    const novokuznetskPrivate = row(/Заводский район/);
    expect(await topki.locator('.result-flag').textContent()).toBe('Есть план с прошедшим сроком');
    // Without a year, the data's year (2026): the pipeline is not yet due, so it carries no mark.
    await year.fill('');
    await expect.poll(() => pipeline.locator('.plan-state').count()).toBe(0);
    expect(await topki.locator('.result-flag').count()).toBe(0);
    // The private park's opening was announced for autumn 2015: past due in the data's year.
    expect(await novokuznetskPrivate.locator('.result-flag').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('draws the region as the year has it: a ring where a plan is due, another once it is past due, no site before its creation', async () => {
    // The private park's opening was announced for autumn 2015, and nothing since is recorded.
    const park = siteById('novokuznetsk-private-industrial-park').derived.displayPoint;
    const [lon, lat] = park;
    const { page, consoleErrors } = await openApp(browser, `?basemap=offline&year=2015#map=13/${lat}/${lon}`);
    const colours = { due: theme.plan.due, pastDue: theme.plan.pastDue };
    // A ring 3.5 px wide around an 8 px marker: well over 50 pixels of its colour.
    const ring = () => mapColoursAround(page, park, 16, colours);
    const in2015 = await ring();
    expect(in2015.due).toBeGreaterThan(50);
    expect(in2015.pastDue).toBe(0);
    const year = page.getByLabel('Год дорожной карты');
    await year.fill('2016');
    await page.waitForURL(/[?&]year=2016/);
    await expect.poll(async () => (await ring()).pastDue).toBeGreaterThan(50);
    expect((await ring()).due).toBe(0);
    await year.fill('2010');
    await page.waitForURL(/[?&]year=2010/);
    await expect.poll(async () => (await ring()).pastDue).toBe(0);
    expect((await ring()).due).toBe(0);

    // 2019: the SEZ (created 2022) and the two parks created later are on no map and no list.
    await year.fill('2019');
    await page.waitForURL(/[?&]year=2019/);
    await expect.poll(() => page.locator('.result-list li').count()).toBe(8);
    const onMap = await renderedSites(page);
    expect(onMap.ids).not.toContain('sez-kuzbass-topki');
    expect(await page.locator('.result-list').textContent()).not.toContain('ОЭЗ');
    // The Kuzbass technopark was commissioned in 2013: in 2010 its status then is not recorded.
    await year.fill('2010');
    await page.waitForURL(/[?&]year=2010/);
    const technopark = page.locator('.result-list li', { has: page.locator('.result-name', { hasText: 'Кузбасский технопарк' }) });
    await expect.poll(() => technopark.textContent()).toContain('Статус неизвестен');
    // The overview counts what the year leaves out and the plans it finds due or past due.
    await page.getByRole('button', { name: 'Обзор региона' }).click();
    const value = (label: string) => page.locator('.roadmap-totals div', { hasText: label }).locator('dd').textContent();
    expect(await value('Ещё не созданы в 2010 г.')).toBe('7');
    expect(await value('со сроком в 2010 г.')).toBe('0');
    // A passport opened for a year before the site existed says so.
    await page.goto(page.url().replace('?', '?site=sez-kuzbass-topki&'));
    await page.locator('.site-panel .year-note').waitFor();
    expect(await page.locator('.site-panel .year-note').textContent()).toMatch(/^В 2010 г\. площадки ещё не было/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
