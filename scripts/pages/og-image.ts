// The link-preview picture (1200x630, Open Graph's size) of a site or the whole region: the
// region's outline with the site's place, its name, status and area, drawn as SVG and rasterised
// by resvg with PT Sans, the app's font. No browser: the build makes thousands of them.
import type { Position } from 'geojson';
import { theme } from '../../src/map/theme';
import { escapeHtml } from '../../src/view-model/escape-html';
import { OG_SIZE } from './page-meta';
import { SUBSET_FAMILIES } from './rasterise';

export interface PictureText {
  /** Small line on top: the product and the region. */
  kicker: string;
  title: string;
  lines: string[];
}

export interface PictureMarker {
  at: Position;
  color: string;
}

const { width: W, height: H } = OG_SIZE;
const MAP = { x: 720, y: 50, w: 430, h: 530 };
const TEXT_X = 64;
const TEXT_W = 620;

// The Cyrillic subset's letters (@fontsource/pt-sans's unicode-range); all else is in the Latin one.
const CYRILLIC = '\\u0301\\u0400-\\u045F\\u0490\\u0491\\u04B0\\u04B1\\u2116';
const SCRIPT_RUN = new RegExp(`[${CYRILLIC}]+|[^${CYRILLIC}]+`, 'g');
const IS_CYRILLIC = new RegExp(`^[${CYRILLIC}]`);

/** `text` escaped, its Cyrillic runs in the Cyrillic subset's family (see SUBSET_FAMILIES). */
export function scriptRuns(text: string): string {
  return (text.match(SCRIPT_RUN) ?? [])
    .map((run) => (IS_CYRILLIC.test(run) ? `<tspan font-family="${SUBSET_FAMILIES.cyrillic}">${escapeHtml(run)}</tspan>` : escapeHtml(run)))
    .join('');
}

/**
 * How many letters fit the text column at `size` px: PT Sans averages about 0.5 em a letter
 * (0.56 bold), measured on the Kuzbass names; no font metrics are at hand when wrapping.
 */
const charsPerLine = (size: number, bold: boolean) => Math.floor(TEXT_W / (size * (bold ? 0.56 : 0.5)));

/** Breaks `text` into lines of at most `max` characters, at spaces or after hyphens. */
export function wrap(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+|(?<=-)(?=\p{L})/u).filter(Boolean)) {
    const last = lines[lines.length - 1];
    const joined = last?.endsWith('-') ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && joined.length <= max) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, max - 1)}…`;
  return kept;
}

/** An equirectangular projection, scaled by the cosine of the middle latitude, fitted into `box` (the picture's map box). */
export function fitProjection(bbox: readonly [number, number, number, number], box = MAP): (p: Position) => [number, number] {
  const [x0, y0, x1, y1] = bbox;
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const scale = Math.min(box.w / ((x1 - x0) * k), box.h / (y1 - y0));
  const dx = box.x + (box.w - (x1 - x0) * k * scale) / 2;
  const dy = box.y + (box.h - (y1 - y0) * scale) / 2;
  return ([lon, lat]) => [dx + (lon! - x0) * k * scale, dy + (y1 - lat!) * scale];
}

/** The outline's rings as one SVG path, rounded to the pixel (points closer than one pixel dropped). */
export function outlinePath(rings: Position[][], project: (p: Position) => [number, number]): string {
  return rings
    .map((ring) => {
      let last = '';
      const points = ring.map(project).flatMap(([x, y]) => {
        const point = `${Math.round(x)} ${Math.round(y)}`;
        if (point === last) return [];
        last = point;
        return [point];
      });
      return `M${points.join('L')}Z`;
    })
    .join('');
}

/** The picture as SVG: text on the left, the region with its marker(s) on the right. */
export function pictureSvg(text: PictureText, outline: string, markers: { x: number; y: number; color: string }[], big: boolean): string {
  // The largest size at which the name fits the column in three lines (else four, smaller, cut).
  const fits = (size: number, lines: number) => wrap(text.title, charsPerLine(size, true), lines);
  const titleSize = [56, 48, 42].find((size) => !fits(size, 3).at(-1)!.endsWith('…')) ?? 36;
  const title = fits(titleSize, 4);
  const titleTop = 190;
  const linesTop = titleTop + title.length * titleSize * 1.15 + 40;
  const r = big ? 16 : 9;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${SUBSET_FAMILIES.latin}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect x="${MAP.x - 30}" y="0" width="${W - MAP.x + 30}" height="${H}" fill="${theme.background}"/>`,
    `<path d="${outline}" fill="#ffffff" stroke="${theme.context.outline}" stroke-width="3" stroke-linejoin="round"/>`,
    ...markers.map((m) => `<circle cx="${m.x.toFixed(1)}" cy="${m.y.toFixed(1)}" r="${r}" fill="${m.color}" stroke="#ffffff" stroke-width="${big ? 5 : 3}"/>`),
    // One line, cut to the column: a long region name («Ханты-Мансийский автономный округ — Югра») ran into the map.
    `<text x="${TEXT_X}" y="96" font-size="30" fill="${theme.municipality}">${scriptRuns(wrap(text.kicker, charsPerLine(30, false), 1)[0] ?? '')}</text>`,
    ...title.map((line, i) => `<text x="${TEXT_X}" y="${titleTop + i * titleSize * 1.15}" font-size="${titleSize}" font-weight="700" fill="${theme.text}">${scriptRuns(line)}</text>`),
    ...text.lines.flatMap((line, i) =>
      wrap(line, charsPerLine(34, false), 1).map((l) => `<text x="${TEXT_X}" y="${linesTop + i * 48}" font-size="34" fill="${theme.text}">${scriptRuns(l)}</text>`),
    ),
    `<rect x="0" y="${H - 14}" width="${TEXT_W + TEXT_X}" height="14" fill="${theme.text}"/>`,
    '</svg>',
  ].join('');
}
