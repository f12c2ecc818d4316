// What an embed shows before its map: the region's outline where the map will draw it, its name
// and "the map is loading", in the HTML itself. A reader sees the region at once instead of an
// empty frame, and the poster holds no site: whatever the embed's scope (one site, a filtered
// view), it shows nothing the map will not. The map, drawn over it, hides it; React replaces it.
import type { Position } from 'geojson';
import type { RegionConfig } from '../../src/domain/schema/region';
import { localized, translate } from '../../src/i18n/lang';
import { theme } from '../../src/map/theme';
import { escapeHtml } from '../../src/view-model/escape-html';
import { fitProjection, outlinePath } from './og-image';

/** The poster's drawing size; it scales to the frame (the CSS keeps the map's fit padding). */
const SIZE = 1000;

/** The poster's HTML, for the embed page's #root. `frame` is the region's outline (pictures.ts regionFrame). */
export function embedPosterHtml(region: Pick<RegionConfig, 'bbox' | 'name' | 'defaultLanguage'>, frame: Position[][]): string {
  const lang = region.defaultLanguage;
  const [x0, y0, x1, y1] = region.bbox;
  // The drawing's box has the region's own proportions, so "meet" scaling fits it as the map does.
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const aspect = ((x1 - x0) * k) / (y1 - y0);
  const [w, h] = aspect >= 1 ? [SIZE, Math.round(SIZE / aspect)] : [Math.round(SIZE * aspect), SIZE];
  const outline = outlinePath(frame, fitProjection(region.bbox, { x: 0, y: 0, w, h }));
  return [
    '<div class="embed-poster">',
    `<svg viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">`,
    `<path d="${outline}" fill="${theme.background}" stroke="${theme.context.outline}" stroke-width="3" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>`,
    '</svg>',
    `<p role="status">${escapeHtml(localized(region.name, lang))} · ${escapeHtml(translate(lang, 'loading'))}</p>`,
    '</div>',
  ].join('');
}
