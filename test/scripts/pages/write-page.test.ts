import { describe, expect, it } from 'vitest';
import type { PageMeta } from '../../../scripts/pages/head';
import { writePage } from '../../../scripts/pages/write-page';

const template = [
  '<!doctype html><html lang="ru"><head>',
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

  it('has the page language, a base to the app root, one description and no screen when none is given', () => {
    const html = writePage(template, meta, undefined, 2, undefined);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<base href="../../" />');
    expect(html).not.toContain('content="built"');
    expect(html).toContain('<div id="root"></div>');
  });
});
