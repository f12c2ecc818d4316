import { describe, expect, it } from 'vitest';
import { headTags, type PageMeta } from '../../../scripts/pages/head';

const meta: PageMeta = {
  lang: 'ru',
  title: 'ТОСЭР «Юрга» — ParkAtlas',
  description: 'Площадка "А" & <Б>',
  path: 'site/tor-yurga/',
  alternates: [
    { lang: 'ru', path: 'site/tor-yurga/' },
    { lang: 'en', path: 'en/site/tor-yurga/' },
  ],
  image: { path: 'og/tor-yurga.ru.png', alt: 'ТОСЭР «Юрга»', width: 1200, height: 630 },
  jsonLd: { '@type': 'Place', name: '</script><script>alert(1)</script>' },
};

describe('head tags of a written page', () => {
  it('make every address absolute under the public address when it is known', () => {
    const html = headTags(meta, 'https://maps.example.org/kuzbass/', 2);
    expect(html).toContain('<link rel="canonical" href="https://maps.example.org/kuzbass/site/tor-yurga/" />');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://maps.example.org/kuzbass/en/site/tor-yurga/" />');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://maps.example.org/kuzbass/site/tor-yurga/" />');
    expect(html).toContain('<meta property="og:image" content="https://maps.example.org/kuzbass/og/tor-yurga.ru.png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('without it, write no canonical or hreflang links (relative ones are invalid), and meta contents resolve against the page', () => {
    const html = headTags(meta, undefined, 2);
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('hreflang');
    expect(html).toContain('<meta property="og:image" content="../../og/tor-yurga.ru.png" />');
  });

  it('write data as text: attributes escaped, and JSON-LD cannot end its script block', () => {
    const html = headTags(meta, undefined, 2);
    expect(html).toContain('content="Площадка &quot;А&quot; &amp; &lt;Б&gt;"');
    const script = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!;
    expect(script).not.toContain('</');
    expect((JSON.parse(script) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});
