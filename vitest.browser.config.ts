// Browser tests: real Chromium (Debian's) driven by playwright-core against `vite preview` of
// the production build. One file at a time: software WebGL is CPU-heavy on 2 cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Software WebGL on 2 shared cores: a map update can take seconds; polls wait, never time.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
