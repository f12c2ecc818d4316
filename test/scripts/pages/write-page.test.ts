import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../../../scripts/pages/head';
import { writePage } from '../../../scripts/pages/write-page';
import { embedPosterHtml } from '../../../scripts/pages/embed-poster';

const template = [
  '<!doctype html><html lang="ru"><head>',
  '    <link rel="modulepreload" crossorigin="" fetchpriority="high" href="./assets/early-map-x.js" data-for-first-map="">',
  '<link rel="preload" as="fetch" href="./data/kuzbass/region.json" crossorigin="anonymous">',
  '<link rel="preload" as="fetch" href="./data/kuzbass/sites.geojson" crossorigin="anonymous" data-for-first-map="">',
  '<meta name="description" content="built" />',
  '<title>ParkAtlas</title>',
  '</head><body><div id="root"></div></body></html>',
].join('\n');

// A site's name is the data's: "$&" and "$'" are replacement patterns to String.replace.
const meta: PageMeta = {
  lang: 'en',
  title: "Park $& $' $$ — ParkAtlas",
  description: 'A park',
  path: 'en/site/p/',
  alternates: [],
  image: { path: 'og/p.png', alt: 'Park', width: 1200, height: 630 },
  jsonLd: { '@type': 'Place', name: "Park $& $' $$" },
};

describe('a written page', () => {
  it('keeps the data as it is, even text that reads like a replacement pattern', () => {
    const html = writePage(template, meta, { screen: "<h2>Park $& $' $$</h2>", key: 'k' }, 2, undefined);
    expect(html).toContain("<title>Park $&amp; $' $$ — ParkAtlas</title>");
    expect(html).toContain('<div id="root" data-prerendered="k"><h2>Park $& $\' $$</h2></div>');
    expect(html.match(/<\/html>/g)).toHaveLength(1);
  });

  it("leaves the first map's requests out of a page with a screen (main.js makes them after it paints), and keeps them in a bare one", () => {
    const written = writePage(template, meta, { screen: '<h2>Park</h2>', key: 'k' }, 0, undefined);
    expect(written).not.toContain('early-map');
    expect(written).not.toContain('sites.geojson');
    expect(written).toContain('region.json');
    const bare = writePage(template, meta, undefined, 0, undefined);
    expect(bare).toContain('early-map-x.js');
    expect(bare).toContain('sites.geojson');
  });

  it('has the page language, a base to the app root, one description and no screen when none is given', () => {
    const html = writePage(template, meta, undefined, 2, undefined);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<base href="../../" />');
    expect(html).not.toContain('content="built"');
    expect(html).toContain('<div id="root"></div>');
  });

  it("gives the embed's page a poster of the region, not the app's screen: no site on it, and the map asked for once it has painted", () => {
    const region = { bbox: [84.5, 52.1, 89.4, 56.9] as [number, number, number, number], name: { ru: 'Кемеровская область — Кузбасс <b>' }, defaultLanguage: 'ru' as const };
    const square = [[[85, 53], [88, 53], [88, 56], [85, 56], [85, 53]]];
    const poster = embedPosterHtml(region, square);
    const embed = writePage(template, meta, { poster }, 0, undefined);
    expect(embed).toContain('<div id="root" data-poster=""><div class="embed-poster">');
    expect(embed).not.toContain('data-prerendered');
    expect(embed).not.toContain('early-map-x.js');
    expect(embed).not.toContain('sites.geojson');
    // The outline, and the name as text (escaped), saying the map is on its way.
    expect(poster).toMatch(/<path d="M[\d ]+L/);
    expect(poster).toContain('Кемеровская область — Кузбасс &lt;b&gt; · Загрузка карты…');
    // Whatever the embed's scope, the poster shows no site the map would not.
    expect(poster).not.toContain('<circle');
  });
});
