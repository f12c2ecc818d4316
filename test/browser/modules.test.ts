// Modules that need a real browser, tested directly in Chromium: the draft store (IndexedDB) and
// the URL hook (History API). A Vite dev server serves them as the app imports them.
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

let browser: Browser;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await createServer({ root: `${import.meta.dirname}/../..`, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  base = server.resolvedUrls!.local[0]!;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

declare global {
  interface Window {
    modules: Record<string, Record<string, (...args: never[]) => unknown>>;
  }
}

/**
 * A blank page of the dev server with the modules loaded as the app loads them, under
 * `window.modules.<name>`. (A module script, not import() in page.evaluate: vitest rewrites
 * import() in this file into a helper that does not exist in the page.)
 */
async function harness(query = '', modules: Record<string, string> = {}): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}test/browser/pages/harness.html${query}`);
  await load(page, modules);
  return page;
}

async function load(page: Page, modules: Record<string, string>): Promise<void> {
  const names = Object.keys(modules);
  if (!names.length) return;
  const lines = Object.entries(modules).map(([name, path], i) => `import * as m${i} from ${JSON.stringify(path)}; window.modules.${name} = m${i};`);
  await page.addScriptTag({ type: 'module', content: `window.modules ??= {};\n${lines.join('\n')}` });
  await page.waitForFunction((wanted) => wanted.every((n) => window.modules?.[n]), names);
}

describe('draft store (IndexedDB)', () => {
  const store = { store: '/src/features/propose/draft-store.ts' };
  type Store = typeof import('../../src/features/propose/draft-store');

  it('keeps a draft, a large pasted text included, across a reload, until it is cleared', async () => {
    const page = await harness('', store);
    await page.evaluate(async (length) => {
      const s = (window.modules.store as unknown as Store);
      await s.saveDraft({ ...s.newDraft(), form: { name: 'Площадка «Север»' }, source: { kind: 'paste', text: 'x'.repeat(length) } });
    }, 3_000_000);
    await page.reload();
    await load(page, store);
    const restored = await page.evaluate(async () => {
      const s = (window.modules.store as unknown as Store);
      const d = await s.loadDraft();
      return { name: d?.form.name, length: d?.source?.text?.length, empty: d ? s.isEmptyDraft(d) : true };
    });
    expect(restored).toEqual({ name: 'Площадка «Север»', length: 3_000_000, empty: false });
    const cleared = await page.evaluate(async () => {
      const s = (window.modules.store as unknown as Store);
      await s.clearDraft();
      return (await s.loadDraft()) ?? null;
    });
    expect(cleared).toBeNull();
    await page.context().close();
  });

  it('starts a new draft with its own client id and key each time', async () => {
    const page = await harness('', store);
    const ids = await page.evaluate(() => {
      const s = (window.modules.store as unknown as Store);
      const [a, b] = [s.newDraft(), s.newDraft()];
      return [a.clientId !== b.clientId, a.idempotencyKey !== b.idempotencyKey, s.isEmptyDraft(a)];
    });
    expect(ids).toEqual([true, true, true]);
    await page.context().close();
  });
});

describe('URL hook (History API)', () => {
  const mount = async (page: Page, write: boolean) => {
    await load(page, { hook: '/test/browser/pages/url-hook-harness.tsx' });
    await page.evaluate((w) => (window.modules.hook!.mount as (write: boolean) => void)(w), write);
  };
  const state = (page: Page) => page.evaluate(() => window.hook!.state);

  it('reads the link, writes changes into it, and follows Back to the earlier entry', async () => {
    const page = await harness('?kind=tor&lang=en#map=8/55.3/86.1');
    await mount(page, true);
    expect(await state(page)).toMatchObject({ kind: ['tor'], lang: 'en', view: { zoom: 8, lat: 55.3, lon: 86.1 } });
    const before = await page.evaluate(() => history.length);
    // A replaced entry: the address changes, history does not grow.
    await page.evaluate(() => window.hook!.update({ minArea: 10 }));
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?lang=en&kind=tor&minArea=10');
    expect(await page.evaluate(() => history.length)).toBe(before);
    // A pushed entry: Back returns to the previous state, in the hook too.
    await page.evaluate(() => window.hook!.update({ kind: ['sez'] }, { push: true }));
    await expect.poll(() => page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect.poll(async () => (await state(page)).kind).toEqual(['tor']);
    expect((await state(page)).minArea).toBe(10);
    await page.context().close();
  });

  it('makes a burst of typing one history entry, and each deliberate change its own', async () => {
    const page = await harness('?lang=ru');
    await mount(page, true);
    const before = await page.evaluate(() => history.length);
    // Typing "Юрга" into the search: four changes in a burst, one entry.
    for (const q of ['Ю', 'Юр', 'Юрг', 'Юрга']) await page.evaluate((text) => window.hook!.update({ q: text }, { push: true, coalesce: 'typing' }), q);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('q'))).toBe('Юрга');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    // Another kind of change is its own entry; Back walks through them, and stays on the page.
    await page.evaluate(() => window.hook!.update({ site: 'tor-yurga' }, { push: true }));
    await expect.poll(() => page.evaluate(() => history.length)).toBe(before + 2);
    await page.goBack();
    await expect.poll(async () => (await state(page)).site).toBeUndefined();
    expect((await state(page)).q).toBe('Юрга');
    await page.goBack();
    await expect.poll(async () => (await state(page)).q).toBeUndefined();
    expect(page.url()).toContain('/test/browser/pages/harness.html');
    await page.context().close();
  });

  it('never touches the history of the page when told not to write (the embed)', async () => {
    const page = await harness('?embed=1&kind=tor');
    await mount(page, false);
    const before = await page.evaluate(() => [history.length, location.href]);
    await page.evaluate(() => window.hook!.update({ kind: ['sez'] }, { push: true }));
    await expect.poll(async () => (await state(page)).kind).toEqual(['sez']);
    expect(await page.evaluate(() => [history.length, location.href])).toEqual(before);
    await page.context().close();
  });
});
