// The head of each written page from the region's data: the map's page and each site's page, in
// each of the region's languages. Words come from src/i18n; the site's figures from its data only.
import type { BuiltSiteProperties } from '../../src/domain/schema/derived';
import type { RegionConfig } from '../../src/domain/schema/region';
import { sitePagePath } from '../../src/domain/site-pages';
import { localized, translate, type Lang } from '../../src/i18n/lang';
import { pageTitle, regionDescription, siteDescription, siteSummary } from '../../src/i18n/page-meta';
import type { PageMeta } from './head';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * Each picture's path from the app's root: one per site, in the region's default language, shared
 * by the site's pages in every language; one per language for the region. A picture per site and
 * language doubled the pictures' share of the build (measured: 82 s instead of 41 s for 2,000
 * sites on 2 cores); the English page's title and description, under the picture, are English.
 */
export const ogImagePath = (lang: Lang, siteId?: string): string => (siteId ? `og/${siteId}.png` : `og/region.${lang}.png`);

/** The page of the whole map: the app's root, in the default language only (`?lang=` links stay). */
export function regionPageMeta(region: RegionConfig, siteCount: number): PageMeta {
  const lang = region.defaultLanguage;
  const title = `${pageTitle(lang)}: ${localized(region.name, lang)}`;
  return {
    lang,
    title,
    description: regionDescription(lang, region.name, siteCount),
    path: '',
    alternates: [],
    image: { path: ogImagePath(lang), alt: title, ...OG_SIZE },
  };
}

export function sitePageMeta(site: BuiltSiteProperties, lang: Lang, region: RegionConfig, municipality: string | undefined): PageMeta {
  const path = (l: Lang) => sitePagePath(site.id, l, region.defaultLanguage);
  const title = pageTitle(lang, site.name);
  const description = siteDescription(site, lang, municipality, region.name);
  const [lon, lat] = site.derived.displayPoint;
  const area = site.land?.totalAreaHa;
  const languages = [region.defaultLanguage, ...region.languages.filter((l) => l !== region.defaultLanguage)];
  return {
    lang,
    title,
    description,
    path: path(lang),
    alternates: languages.map((l) => ({ lang: l, path: path(l) })),
    image: { path: ogImagePath(lang, site.id), alt: `${localized(site.name, lang)}: ${siteSummary(site, lang, municipality)}`, ...OG_SIZE },
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: localized(site.name, lang),
      description,
      geo: { '@type': 'GeoCoordinates', latitude: lat, longitude: lon },
      address: {
        '@type': 'PostalAddress',
        addressRegion: localized(region.name, lang),
        ...(municipality ? { addressLocality: municipality } : {}),
        ...(site.address ? { streetAddress: localized(site.address, lang) } : {}),
      },
      // Only what the data knows: an unknown area is left out, not written as zero.
      ...(area ? { additionalProperty: [{ '@type': 'PropertyValue', name: translate(lang, 'fieldTotalArea'), value: area.value, unitCode: 'HAR' }] } : {}),
    },
  };
}
