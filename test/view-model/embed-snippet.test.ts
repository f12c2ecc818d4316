import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/domain/url-state';
import { embedSnippet, embedState, embedUrl, fullMapUrl, type EmbedOptions } from '../../src/view-model/embed-snippet';

const app = 'https://maps.example.org/parkatlas/?kind=tor#map=7/55/86';
const current = parseUrlState('?kind=tor&minArea=10&site=tor-yurga&compare=a,b&layers=sites', '#map=8/55.7/84.9');
const opts = (over: Partial<EmbedOptions>): EmbedOptions => ({ scope: 'view', lang: 'ru', wheel: false, size: { mode: 'responsive', height: 450 }, ...over });

describe('embed builder output', () => {
  it('carries only the view for "this view"', () => {
    const s = embedState(current, opts({}));
    expect(s).toMatchObject({ embed: true, lang: 'ru', view: { zoom: 8, lat: 55.7, lon: 84.9 }, layers: ['sites'], kind: [] });
    expect(s.site).toBeUndefined();
    expect(s.compare).toEqual([]);
  });

  it('carries the site for "this site" and the filters for "these filters"', () => {
    expect(embedState(current, opts({ scope: 'site' })).site).toBe('tor-yurga');
    const f = embedState(current, opts({ scope: 'filters', lang: 'en', wheel: true }));
    expect(f).toMatchObject({ kind: ['tor'], minArea: 10, lang: 'en', wheel: true });
    expect(f.site).toBeUndefined();
  });

  it('carries the roadmap year in every scope', () => {
    const withYear = parseUrlState('?kind=tor&site=tor-yurga&year=2029');
    for (const scope of ['view', 'site', 'filters'] as const) expect(embedUrl(app, embedState(withYear, opts({ scope })))).toContain('year=2029');
    expect(embedState(current, opts({})).year).toBeUndefined();
  });

  it('builds an embed link that parses back to the same state, and a full-map link without embed', () => {
    const s = embedState(current, opts({ scope: 'filters', wheel: true }));
    const url = new URL(embedUrl(app, s));
    expect(url.origin + url.pathname).toBe('https://maps.example.org/parkatlas/');
    expect(parseUrlState(url.search, url.hash)).toEqual(s);
    const full = new URL(fullMapUrl(app, s, 'ru'));
    expect(full.searchParams.get('embed')).toBeNull();
    expect(full.searchParams.get('wheel')).toBeNull();
    expect(full.searchParams.get('kind')).toBe('tor');
    expect(full.hash).toBe('#map=8/55.7/84.9');
  });

  it('writes a titled, lazy, sandboxed iframe with escaped attributes', () => {
    const html = embedSnippet('https://x.org/?a=1&b="2"', 'Карта <площадок>', { mode: 'fixed', width: 600, height: 400 });
    expect(html).toBe(
      '<iframe src="https://x.org/?a=1&amp;b=&quot;2&quot;" title="Карта &lt;площадок&gt;" width="600" height="400" ' +
        'style="border:0;max-width:100%" loading="lazy" allowfullscreen sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
    expect(embedSnippet('https://x.org/', 't', { mode: 'responsive', height: 450 })).toContain('width="100%" height="450"');
  });
});
