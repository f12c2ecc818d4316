// What a reader downloads first, read from the production build's manifest (deterministic).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialLoad } from '../../scripts/lib/bundle';

const dist = join(import.meta.dirname, '..', '..', 'dist');

describe('initial load', () => {
  const embed = initialLoad(dist, 'embed');
  const full = initialLoad(dist, 'full');

  it('gives the embed no submission, export, builder or list code', () => {
    const names = embed.chunks.join(' ');
    expect(names).toContain('src/features/embed/embed-app.tsx');
    for (const absent of ['export', 'embed-builder', 'features/investor', 'result-list', 'filter-panel', 'features/propose', 'proposal', 'papaparse']) {
      expect(names).not.toContain(absent);
    }
  });

  it('loads export and the embed builder on demand in the full app too', () => {
    const names = full.chunks.join(' ');
    expect(names).toContain('src/features/investor/investor-root.tsx');
    for (const absent of ['view-model/export', 'embed-builder', 'papaparse', 'features/embed']) expect(names).not.toContain(absent);
  });

  it('keeps the embed lighter than the full app', () => {
    expect(embed.js.gzip).toBeLessThan(full.js.gzip);
  });
});

// Sizes are deterministic, so the budget is a test. The floor (MapLibre + React + React DOM
// showing one map) measures 352 KB gzip (npm run bench -- bytes); the full app may be at most
// 1.2x that. Raise a budget only with a reason in the commit.
const KB = 1024;
const BUDGET = { full: 422 * KB, embed: 415 * KB, propose: 480 * KB, css: 16 * KB };

describe('size budget (initial JS and CSS, gzip)', () => {
  for (const mode of ['full', 'embed', 'propose'] as const) {
    it(`keeps the ${mode} page within ${Math.round(BUDGET[mode] / KB)} KB of JS`, () => {
      const load = initialLoad(dist, mode);
      expect(load.js.gzip).toBeLessThanOrEqual(BUDGET[mode]);
      expect(load.css.gzip).toBeLessThanOrEqual(BUDGET.css);
    });
  }
});
