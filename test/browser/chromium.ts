import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const MISSING_CHROMIUM =
  `Chromium not found at ${CHROMIUM_PATH}: install Debian's package with ` +
  '`sudo apt-get install -y chromium` (or set CHROMIUM_PATH); browser tests never skip.';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM);
}

/**
 * Software WebGL (SwiftShader) so MapLibre renders headless; no background traffic, since this
 * machine has no network and tests must never reach one. The Lighthouse benchmark launches
 * Chromium with these too.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
