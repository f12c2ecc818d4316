// What a written page says about itself in <head>: title, description, canonical and hreflang
// links, Open Graph and Twitter card tags, and schema.org JSON-LD. Pure: the page writer and its
// tests call it.
import { escapeHtml } from '../../src/view-model/escape-html';

/** Where a page and its files are, each as a path from the app's root (`site/x/`, `og/x.png`). */
export interface PageMeta {
  lang: string;
  title: string;
  description: string;
  path: string;
  /** The same page in each language, the default language's first (also `x-default`). */
  alternates: { lang: string; path: string }[];
  image: { path: string; alt: string; width: number; height: number };
  jsonLd?: object;
}


/**
 * `publicUrl`: the deployment's address (PARKATLAS_PUBLIC_URL), making every address absolute as
 * Open Graph and sitemaps want. Without it, meta contents, which readers resolve against the page
 * itself, climb `depth` folders to the app's root.
 */
export function headTags(meta: PageMeta, publicUrl: string | undefined, depth: number): string {
  const fromBase = (p: string) => new URL(p, publicUrl).href;
  const fromPage = (p: string) => (publicUrl ? new URL(p, publicUrl).href : `${'../'.repeat(depth)}${p}` || './');
  const tag = (name: string, attrs: Record<string, string | number>) =>
    `<${name} ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${escapeHtml(String(v))}"`)
      .join(' ')} />`;
  const og = (property: string, content: string | number) => tag('meta', { property, content });
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    tag('meta', { name: 'description', content: meta.description }),
    // Canonical and hreflang links must be absolute (search engines and Lighthouse reject
    // relative ones, measured: SEO 83 on a site page): without the public address, none.
    ...(publicUrl
      ? [
          tag('link', { rel: 'canonical', href: fromBase(meta.path) }),
          ...meta.alternates.map((a) => tag('link', { rel: 'alternate', hreflang: a.lang, href: fromBase(a.path) })),
          ...(meta.alternates[0] ? [tag('link', { rel: 'alternate', hreflang: 'x-default', href: fromBase(meta.alternates[0].path) })] : []),
        ]
      : []),
    og('og:type', 'website'),
    og('og:site_name', 'ParkAtlas'),
    og('og:title', meta.title),
    og('og:description', meta.description),
    og('og:url', fromPage(meta.path)),
    og('og:locale', meta.lang === 'ru' ? 'ru_RU' : 'en_US'),
    og('og:image', fromPage(meta.image.path)),
    og('og:image:type', 'image/png'),
    og('og:image:width', meta.image.width),
    og('og:image:height', meta.image.height),
    og('og:image:alt', meta.image.alt),
    tag('meta', { name: 'twitter:card', content: 'summary_large_image' }),
    tag('meta', { name: 'twitter:title', content: meta.title }),
    tag('meta', { name: 'twitter:description', content: meta.description }),
    tag('meta', { name: 'twitter:image', content: fromPage(meta.image.path) }),
  ];
  // Inside <script> only "</" could end the block early: written as a JSON escape instead.
  if (meta.jsonLd) lines.push(`<script type="application/ld+json">${JSON.stringify(meta.jsonLd).replace(/</g, '\\u003c')}</script>`);
  return lines.join('\n    ');
}
