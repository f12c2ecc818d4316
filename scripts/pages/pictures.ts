// What each link-preview picture shows, from the region's data: per site its name,
// status and kind, area (or "no data") and municipality on the region's outline; and the region.
import path from 'node:path';
import type { Position } from 'geojson';
import type { LoadedRegion } from '../../src/io/load-region';
import { CONTEXT_FILES } from '../../src/domain/data/context-files';
import { SITE_KIND_NAMES, SITE_STATUS_NAMES } from '../../src/i18n/enums';
import { formatNumber } from '../../src/i18n/format';
import { localized, translate, type Lang } from '../../src/i18n/lang';
import { theme } from '../../src/map/theme';
import { fitProjection, outlinePath, pictureSvg } from './og-image';
import { ogImagePath } from './page-meta';
import type { RasterJob } from './rasterise';

type ReadFile = (file: string, encoding: 'utf8') => string;

/** The outline's outer and inner rings, or none when the region has no imported outline. */
function outlineRings(dataDir: string, readFile: ReadFile): Position[][] {
  try {
    const outline = JSON.parse(readFile(path.join(dataDir, CONTEXT_FILES.outline), 'utf8')) as { features: { geometry: { type: string; coordinates: unknown } }[] };
    return outline.features.flatMap(({ geometry: g }) => (g.type === 'Polygon' ? (g.coordinates as Position[][]) : (g.coordinates as Position[][][]).flat()));
  } catch {
    return [];
  }
}

/** The region's shape for a picture: its outline's rings, else its bbox as a rectangle. */
export function regionFrame(bbox: readonly [number, number, number, number], dataDir: string, readFile: ReadFile): Position[][] {
  const rings = outlineRings(dataDir, readFile);
  const [x0, y0, x1, y1] = bbox;
  return rings.length ? rings : [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
}

export function pictureJobs(data: LoadedRegion, dist: string, dataDir: string, municipalityName: (id: string, lang: Lang) => string | undefined, readFile: ReadFile): RasterJob[] {
  const { region } = data;
  const project = fitProjection(region.bbox);
  const outline = outlinePath(regionFrame(region.bbox, dataDir, readFile), project);
  const marker = (at: Position, status: keyof typeof theme.status) => {
    const [x, y] = project(at);
    return { x, y, color: theme.status[status] };
  };
  const regionPictures = region.languages.map((lang) => ({
    out: path.join(dist, ogImagePath(lang)),
    svg: pictureSvg(
      { kicker: 'ParkAtlas', title: localized(region.name, lang), lines: [translate(lang, 'pictureSiteCount').replace('{n}', formatNumber(data.sites.length, lang))] },
      outline,
      data.sites.map((s) => marker(s.properties.derived.displayPoint, s.properties.status)),
      false,
    ),
  }));
  // Sites: once, in the region's default language (see ogImagePath).
  const lang = region.defaultLanguage;
  const sitePictures = data.sites.map(({ properties: site }) => {
    const area = site.land?.totalAreaHa;
    const lines = [
      `${SITE_STATUS_NAMES[site.status][lang]} · ${SITE_KIND_NAMES[site.kind][lang]}`,
      `${translate(lang, 'fieldTotalArea')}: ${area ? `${formatNumber(area.value, lang)} ${translate(lang, 'unitHa')}` : translate(lang, 'noData')}`,
      municipalityName(site.derived.municipalityId, lang) ?? '',
    ].filter(Boolean);
    return {
      out: path.join(dist, ogImagePath(lang, site.id)),
      svg: pictureSvg({ kicker: `ParkAtlas · ${localized(region.name, lang)}`, title: localized(site.name, lang), lines }, outline, [marker(site.derived.displayPoint, site.status)], true),
    };
  });
  return [...regionPictures, ...sitePictures];
}
