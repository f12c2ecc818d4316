// A municipality proposes a park, in real Chromium: upload, problems located, fix by drawing,
// draft kept across a reload, send in the demo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { FIXTURES, openPropose, upload } from './propose-page';
import { chooseLargeProposal, makeLargeProposalInPage } from '../helpers/large-proposal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const problemItems = (page: Page) => page.getByRole('list', { name: 'Найденные проблемы' }).getByRole('listitem');

async function clickLonLat(page: Page, lonLat: [number, number]) {
  const p = await page.evaluate((ll) => {
    const map = window.parkatlasMap!;
    const xy = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + xy.x, y: r.top + xy.y };
  }, lonLat);
  await page.mouse.click(p.x, p.y);
}

describe('proposing a site', () => {
  it('lists every problem of a bad file with where it is, and shows it on the map', async () => {
    const { page, context, errors } = await openPropose(browser);
    await upload(page, join(FIXTURES, 'bad-self_intersection.geojson'));
    await page.getByRole('heading', { name: /Найденные проблемы/ }).waitFor();
    const item = problemItems(page).filter({ hasText: 'self_intersection' });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/пересекает сама себя в точке \[86\.\d+, 55\.\d+\]/);
    await item.getByRole('button').click();
    // The map goes to the crossing and marks it.
    await expect
      .poll(() => page.evaluate(() => window.parkatlasMap!.queryRenderedFeatures({ layers: ['proposal-issues'] }).length))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => window.parkatlasMap!.getZoom())).toBeGreaterThan(12);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports several problems of one file together, in English too', async () => {
    const { page, context } = await openPropose(browser);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await upload(page, join(FIXTURES, 'bad-swapped_coordinates.geojson'));
    await page.getByRole('heading', { name: /Problems found/ }).waitFor();
    expect(await page.getByRole('list', { name: 'Problems found' }).textContent()).toMatch(/swapped/i);
    await context.close();
  });

  it('fixes a bad boundary by drawing a new one on the map, then sends it (demo)', async () => {
    const { page, context, errors } = await openPropose(browser);
    await upload(page, join(FIXTURES, 'bad-self_intersection.geojson'));
    await page.getByRole('heading', { name: /Найденные проблемы/ }).waitFor();
    await page.getByRole('button', { name: 'Нарисовать', exact: true }).click();
    await page.getByRole('button', { name: 'Очистить' }).click();
    await page.getByRole('button', { name: 'Нарисовать контур' }).click();
    await page.evaluate(() => window.parkatlasMap!.jumpTo({ center: [86.205, 55.302], zoom: 14 }));
    const ring: [number, number][] = [
      [86.2, 55.3],
      [86.21, 55.3],
      [86.21, 55.304],
      [86.2, 55.304],
    ];
    for (const p of ring) await clickLonLat(page, p);
    await clickLonLat(page, ring[0]!);
    await page.getByText('Геометрия в порядке.').waitFor();
    // The passport came from the bad file's properties; the preview shows the computed metrics.
    expect(await page.getByRole('textbox', { name: /Название \(обязательно\)/ }).inputValue()).toMatch(/Северный/);
    const preview = page.getByRole('region', { name: 'Так площадку увидят инвесторы' });
    expect(await preview.textContent()).toMatch(/Площадь по границе\d/);
    await page.getByRole('button', { name: 'Отправить предложение' }).click();
    await page.getByText(/Демо: ничего не отправлено. Условный номер DEMO-\d+/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a KML export, typing its text values, and says what to do with a .kmz', async () => {
    const { page, context, errors } = await openPropose(browser);
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Парк</name>
      <ExtendedData><Data name="name"><value>Парк из KML</value></Data><Data name="totalAreaHa"><value>28,2</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>86.2,55.3,0 86.21,55.3,0 86.21,55.304,0 86.2,55.304,0 86.2,55.3,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    await page.locator('input[type=file]').setInputFiles({ name: 'site.kml', mimeType: 'application/vnd.google-earth.kml+xml', buffer: Buffer.from(kml) });
    await page.getByText('Геометрия в порядке.').waitFor();
    expect(await page.getByRole('textbox', { name: /Название \(обязательно\)/ }).inputValue()).toBe('Парк из KML');
    expect(await page.getByRole('textbox', { name: /Общая площадь/ }).inputValue()).toBe('28.2');
    await page.locator('input[type=file]').setInputFiles({ name: 'site.kmz', mimeType: 'application/zip', buffer: Buffer.from('PK') });
    await problemItems(page).filter({ hasText: 'unzip the .kmz' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a Windows-1251 file with its Russian names intact, says it was converted, and refuses a file that is no text', async () => {
    const { page, context, errors } = await openPropose(browser);
    await upload(page, join(FIXTURES, 'bad-encoding_converted-cp1251.geojson'));
    await page.getByText(/Файл был в кодировке Windows-1251; он перекодирован в UTF-8/).waitFor();
    expect(await page.getByRole('textbox', { name: /Название \(обязательно\)/ }).inputValue()).toBe('Браунфилд бывшего завода');
    await upload(page, join(FIXTURES, 'bad-unreadable_encoding-jpeg.geojson'));
    await problemItems(page).filter({ hasText: 'Файл не читается как текст' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fills the form from a hand-made layer's own property names, and says what it mapped", async () => {
    const { page, context, errors } = await openPropose(browser);
    await upload(page, join(FIXTURES, 'bad-property_mapped.geojson'));
    await page.getByText(/Свойство «municipality» = «КЕМЕРОВСКИЙ муниципальный округ» понято как/).waitFor();
    expect(await page.getByRole('textbox', { name: /Название \(обязательно\)/ }).inputValue()).toBe('Индустриальный парк «Северный»');
    expect(await page.getByRole('textbox', { name: /Контактное лицо/ }).inputValue()).toBe('Иванова Мария Петровна');
    expect(await page.getByRole('combobox', { name: /Муниципальное образование/ }).inputValue()).toBe('kemerovsky-mo');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the missing passport fields before sending', async () => {
    const { page, context } = await openPropose(browser);
    const text = JSON.parse(readFileSync(join(FIXTURES, 'good-polygon.geojson'), 'utf8'));
    text.features[0].properties = {};
    await page.getByRole('button', { name: 'Вставить текст' }).click();
    await page.getByRole('textbox', { name: 'GeoJSON текстом' }).fill(JSON.stringify(text));
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByText('Геометрия в порядке.').waitFor();
    await page.getByRole('button', { name: 'Отправить предложение' }).click();
    await page.getByText('Исправьте ошибки выше, чтобы отправить.').waitFor();
    const email = page.getByRole('textbox', { name: /Электронная почта/ });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await email.fill('not-an-email');
    expect(await page.locator('.field-problem').filter({ hasText: 'Электронная почта' }).textContent()).toMatch(/не адрес электронной почты/);
    await context.close();
  });

  it('restores the draft after a reload: pasted text, form and checks', async () => {
    const { page, context } = await openPropose(browser);
    const text = readFileSync(join(FIXTURES, 'good-polygon.geojson'), 'utf8');
    await page.getByRole('button', { name: 'Вставить текст' }).click();
    await page.getByRole('textbox', { name: 'GeoJSON текстом' }).fill(text);
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByText('Геометрия в порядке.').waitFor();
    // "Saved" shows only once the draft on screen is written: wait for it after typing.
    await page.getByRole('textbox', { name: /Контактное лицо/ }).fill('Петров Пётр');
    await page.locator('.draft-status').waitFor();
    await page.reload();
    await page.getByText(/Восстановлен черновик от/).waitFor();
    expect(await page.getByRole('textbox', { name: /Контактное лицо/ }).inputValue()).toBe('Петров Пётр');
    expect(await page.getByRole('textbox', { name: 'GeoJSON текстом' }).inputValue()).toBe(text);
    await page.getByText('Геометрия в порядке.').waitFor();
    await context.close();
  });

  it('restores an uploaded file after a reload (kept by the worker, not the page)', async () => {
    const { page, context } = await openPropose(browser);
    await upload(page, join(FIXTURES, 'good-hole.geojson'));
    await page.getByText('Геометрия в порядке.').waitFor();
    await page.locator('.draft-status').waitFor();
    await page.reload();
    await page.getByText(/Восстановлен черновик от/).waitFor();
    await page.getByText('Геометрия в порядке.').waitFor();
    await expect
      .poll(() => page.evaluate(() => window.parkatlasMap!.queryRenderedFeatures({ layers: ['proposal-fill'] }).length), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await context.close();
  });

  it('refuses a file over 50 MB at once, and checks a large one without freezing the page', async () => {
    const { page, context, errors } = await openPropose(browser);
    // Over the limit: a sparse 51 MB file is refused before it is read.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      const big = new File([new Uint8Array(51 * 1024 * 1024)], 'huge.geojson', { type: 'application/geo+json' });
      const dt = new DataTransfer();
      dt.items.add(big);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await problemItems(page).filter({ hasText: 'file_too_large' }).waitFor();
    // ~42 MB of real GeoJSON: 150 detailed boundaries (1.95 M vertices), checked in the worker.
    await page.evaluate(makeLargeProposalInPage(150));
    await page.evaluate(chooseLargeProposal);
    // While the worker checks it, the page answers: typing into the form works.
    await page.getByRole('textbox', { name: /Контактное лицо/ }).fill('Отвечает');
    await page.getByText('Геометрия в порядке.').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('textbox', { name: /Контактное лицо/ }).inputValue()).toBe('Отвечает');
    expect(errors).toEqual([]);
    await context.close();
  });
});
