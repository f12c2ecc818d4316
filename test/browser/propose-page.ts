// Driving the proposal page like a municipality's clerk.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { inject } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { waitForMap } from './app-page';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'proposals');

export interface OpenedPropose {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

/** Opens propose.html at `base` (default: the shared preview) with no network beyond it. */
export async function openPropose(browser: Browser, base = inject('baseUrl'), context?: BrowserContext): Promise<OpenedPropose> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  const host = new URL(base).host;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const from = m.location().url;
    // A refused POST to a receiver that is down is the case under test, not an app error.
    if (from && new URL(from).host !== host) return;
    if (/Failed to load resource/.test(m.text()) && /api\/submissions/.test(from)) return;
    errors.push(m.text());
  });
  await page.goto(new URL('propose.html', base).href);
  await waitForMap(page);
  return { page, context: ctx, errors };
}

export async function upload(page: Page, path: string) {
  await page.locator('input[type=file]').setInputFiles(path);
}

/**
 * Serves a copy of dist/ whose config.json points at `submissionsUrl`, under the README's CSP
 * with the receiver's origin added to connect-src, as such a deployment must.
 */
export async function serveWithConfig(submissionsUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'parkatlas-dist-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ submissionsUrl }));
  const server = await preview({
    root: join(import.meta.dirname, '..', '..'),
    logLevel: 'error',
    build: { outDir: dir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${new URL(submissionsUrl).origin}`),
      },
    },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('no preview url');
  return { url, close: () => server.close() };
}
