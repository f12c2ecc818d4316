// The words a page says about itself before anyone opens it: its title, and the description that
// search engines and link previews (Open Graph) show. One place for the app and the page writer.
import type { BuiltSiteProperties } from '../domain/schema/derived';
import { SITE_KIND_NAMES, SITE_STATUS_NAMES } from './enums';
import { formatNumber } from './format';
import { localized, translate, type Lang } from './lang';

type Text = { ru: string; en?: string | undefined };

/** The open site's name first (a tab, a bookmark, a search result names the site), then the app. */
export function pageTitle(lang: Lang, siteName?: Text): string {
  return siteName ? `${localized(siteName, lang)} — ParkAtlas` : translate(lang, 'appTitle');
}

/** Kind, status, area and place, as far as known: an unknown area is left out, never guessed. */
export function siteSummary(site: BuiltSiteProperties, lang: Lang, municipality: string | undefined): string {
  const area = site.land?.totalAreaHa;
  return [
    SITE_KIND_NAMES[site.kind][lang],
    SITE_STATUS_NAMES[site.status][lang].toLowerCase(),
    area && `${formatNumber(area.value, lang)} ${translate(lang, 'unitHa')}`,
    municipality,
  ]
    .filter(Boolean)
    .join(' · ');
}

export function siteDescription(site: BuiltSiteProperties, lang: Lang, municipality: string | undefined, regionName: Text): string {
  return `${siteSummary(site, lang, municipality)}. ${localized(regionName, lang)}: ${translate(lang, 'pageDescriptionTail')}`;
}

export function regionDescription(lang: Lang, regionName: Text, siteCount: number): string {
  return `${localized(regionName, lang)}: ${translate(lang, 'pageDescriptionRegion').replace('{n}', formatNumber(siteCount, lang))}`;
}
