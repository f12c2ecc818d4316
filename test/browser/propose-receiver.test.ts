// The proposal page against the real reference receiver: a receipt when it is up; when it is
// down, the draft kept and the validated proposal offered as a file.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { FIXTURES, openPropose, serveWithConfig, upload } from './propose-page';
import { freePort, startReceiver, type Receiver } from './receiver-process';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveWithConfig>>;
let receiver: Receiver;

beforeAll(async () => {
  const port = await freePort();
  site = await serveWithConfig(`http://127.0.0.1:${port}/api/submissions`);
  receiver = await startReceiver(port, new URL(site.url).origin);
  browser = await launchChromium();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await receiver?.stop();
  await site?.close();
});

const stored = () => readdirSync(receiver.dir).filter((f) => f.endsWith('.json'));

describe('sending to the reference receiver', () => {
  it('gets a receipt with the id the receiver stored, then clears the draft', async () => {
    const { page, context, errors } = await openPropose(browser, site.url);
    expect(await page.getByText(/Демонстрационный режим/).count()).toBe(0);
    await upload(page, join(FIXTURES, 'good-polygon.geojson'));
    await page.getByText('Геометрия в порядке.').waitFor();
    await page.getByRole('button', { name: 'Отправить предложение' }).click();
    const receipt = page.getByText(/Предложение принято. Номер S-\d{8}-[0-9a-f]+/);
    await receipt.waitFor();
    const id = (await receipt.textContent())!.match(/S-\d{8}-[0-9a-f]+/)![0];
    expect(stored()).toContain(`${id}.json`);
    // A fresh form starts clean: no "required field" errors next to the receipt number.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    const record = JSON.parse(readFileSync(join(receiver.dir, `${id}.json`), 'utf8'));
    expect(record.proposal.features[0].properties.name).toBe('Индустриальный парк «Северный»');
    await page.reload();
    await page.getByRole('heading', { name: 'Паспорт площадки' }).waitFor();
    expect(await page.getByText(/Восстановлен черновик/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the draft and offers the proposal as a file when the receiver is down', async () => {
    await receiver.stop();
    const { page, context, errors } = await openPropose(browser, site.url);
    await upload(page, join(FIXTURES, 'good-polygon.geojson'));
    await page.getByText('Геометрия в порядке.').waitFor();
    await page.getByRole('button', { name: 'Отправить предложение' }).click();
    await page.getByText('Нет связи с сервером приёма. Черновик сохранён: ничего не потеряно.').waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Скачать проверенное предложение/ }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.type).toBe('FeatureCollection');
    expect(saved.features[0].properties.contactPerson).toBe('Иванова Мария Петровна');
    await page.reload();
    await page.getByText(/Восстановлен черновик от/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('one validator everywhere', () => {
  const files = ['bad-self_intersection', 'bad-swapped_coordinates', 'bad-projected_coordinates', 'bad-ring_not_closed', 'bad-outside_region', 'bad-winding_order'];

  it('gives the same codes in the CLI, the page and the receiver', async () => {
    const port = await freePort();
    const live = await startReceiver(port, '*');
    const { page, context } = await openPropose(browser, site.url);
    try {
      for (const name of files) {
        const path = join(FIXTURES, `${name}.geojson`);
        const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', path, '--json'], {
          cwd: join(import.meta.dirname, '..', '..'),
        });
        const cli = JSON.parse(run.stdout.toString()) as { ok: boolean; issues: { code: string }[] };
        const cliCodes = [...new Set(cli.issues.map((i) => i.code))].sort();

        await upload(page, path);
        await page.locator(`.issues li[data-code], .ok-note`).first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.progress'));
        const pageCodes = [...new Set(await page.locator('.issues li[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')!)))].sort();

        const proposal = JSON.parse(readFileSync(path, 'utf8'));
        const response = await fetch(live.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `same-codes-${name}` },
          body: JSON.stringify({ clientId: 'same-codes-test', submitter: { municipalityId: 'kemerovsky-mo', name: 'Тест', email: 'test@example.ru' }, proposal }),
        });
        const answer = (await response.json()) as { issues?: { code: string }[] };
        // The receiver explains only refusals (400); a valid proposal with warnings is stored (201).
        const receiverCodes = response.status === 201 ? 'stored' : [...new Set((answer.issues ?? []).map((i) => i.code))].sort();

        expect({ name, page: pageCodes, receiver: receiverCodes }).toEqual({ name, page: cliCodes, receiver: cli.ok ? 'stored' : cliCodes });
      }
    } finally {
      await context.close();
      await live.stop();
    }
  });
});
