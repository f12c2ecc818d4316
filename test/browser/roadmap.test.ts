// The roadmap year (`?year=`): a site's timeline read in that year, plans due and past due marked.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { openApp } from './app-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the roadmap year', () => {
  it("shows the SEZ's gas pipeline as due in 2029, past due once the year is set to 2031, and flags such sites in the list", async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&site=sez-kuzbass-topki&year=2029');
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
});
