// Headless Chromium for the browser benchmarks, launched exactly as the browser tests launch it
// (test/browser/chromium.ts: Debian's Chromium, SwiftShader WebGL, no background traffic).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../test/browser/chromium';

export { launchChromium };

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** Runs `fn` with a fresh browser and always closes it, even when `fn` throws. */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/**
 * A new context (cold cache, like a first visit) and page. Requests to any host but `allowedHost`
 * fail at once, as with no network; page errors are collected for the caller to check.
 */
export async function newPage(browser: Browser, allowedHost: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'ru-RU' });
  const page = await context.newPage();
  await page.route(
    (url) => /^https?:$/.test(url.protocol) && url.host !== allowedHost,
    (route) => route.abort('internetdisconnected'),
  );
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, errors };
}
