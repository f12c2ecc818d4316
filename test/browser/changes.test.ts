// «Что изменилось»: the data between two releases, on screen, printed on one page and as CSV.
// The second release is written here from the committed one (a changed status and a new event),
// as a maintainer's next `npm run release` would write it; the page reads it like any data file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { axeViolations, openApp } from './app-page';
import { DIST } from './propose-page';
import type { Release } from '../../src/domain/releases';

const RELEASES = join(DIST, 'data', 'kuzbass', 'releases');
const committed = JSON.parse(readFileSync(join(RELEASES, '2026-12-07.json'), 'utf8')) as Release;
const next: Release = structuredClone({ ...committed, date: '2027-03-01' });
const prigorodny = next.features['prigorodny-eco-industrial-park']!;
prigorodny.status = 'operating';
prigorodny.events.push({ date: '2027-02-10', kind: 'status_changed', status: 'operating', text: { ru: 'Парк открыт', en: 'Park opened' } });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const withNextRelease = async (page: Page) => {
  await page.route(/\/releases\/index\.json$/, (r) => r.fulfill({ json: { dates: ['2026-12-07', '2027-03-01'] } }));
  await page.route(/\/releases\/2027-03-01\.json$/, (r) => r.fulfill({ json: next }));
};

describe('what changed between releases', () => {
  it('lists the changed status, the new event and the plans past due; prints on one page; downloads as CSV', async () => {
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&panel=changes&since=2026-12-07&until=2027-03-01', { beforeLoad: withNextRelease });
    const rows = page.locator('.changes-table tbody tr');
    await rows.first().waitFor();
    const cells = async (change: string) => page.locator(`.changes-table tr[data-change="${change}"]`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(await cells('status')).toEqual([['Смена статуса', 'Индустриальный (экопромышленный) парк «Пригородный»', '', 'Строится', 'Действует']]);
    expect(await cells('event')).toEqual([['Новое событие', 'Индустриальный (экопромышленный) парк «Пригородный»', '10 февраля 2027 г. Смена статуса', '', 'Парк открыт']]);
    expect((await cells('past_due')).map((r) => r[1])).toEqual(['Частный индустриальный парк (Заводский район Новокузнецка)', 'ГРС «Топки»']);
    expect(await rows.count()).toBe(4);
    // Another range and back: each file was read once, the first time (the panel keeps them).
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const until = page.locator('.changes-range select').nth(1);
    await until.selectOption('');
    await page.waitForURL((u) => !u.searchParams.has('until'));
    await rows.first().waitFor();
    await until.selectOption('2027-03-01');
    await page.waitForURL(/until=2027-03-01/);
    await expect.poll(() => rows.count()).toBe(4);
    expect(requested.filter((p) => /releases\/|infrastructure\.geojson/.test(p))).toEqual([expect.stringMatching(/infrastructure\.geojson$/)]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV (Excel)' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFchange,id,name,what,before,after');
    expect(csv.trim().split('\r\n')).toHaveLength(5);
    expect((await download).suggestedFilename()).toBe('parkatlas-kuzbass-changes-2026-12-07-2027-03-01.csv');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Что изменилось' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('opens from the region overview on the last release against the current data, with no axe violations', async () => {
    // CSP bypassed only so axe can be injected; the first test runs under the CSP.
    const { page, consoleErrors } = await openApp(browser, '?basemap=offline&panel=overview', { bypassCSP: true });
    await page.getByRole('button', { name: 'Что изменилось' }).click();
    await page.waitForURL(/panel=changes/);
    await page.locator('.changes-table tbody tr').first().waitFor();
    expect(await page.locator('.changes-range select').first().inputValue()).toBe('2026-12-07');
    // The committed release is the current data: only the plans past due remain.
    expect(await page.locator('.changes-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-change')))).toEqual(['past_due', 'past_due']);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
