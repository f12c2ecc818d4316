// The app's font as the pages send it. PT Sans (ParaType, SIL OFL 1.1) comes from @fontsource in
// per-script files that carry TrueType hinting: 151 KB for the four faces the first screen
// preloads, a quarter of a phone's first load. Phones and Macs ignore hinting, and Chromium on
// Windows renders outlines with DirectWrite's own smoothing; without it the same faces, the
// same scripts and the same letters are 34 KB. The licence reserves the name "PT Sans" for the
// unmodified font, so the faces are renamed (WEB_FONT_FAMILY) and keep its copyright, version and
// licence in their `name` table; the licence itself ships beside them (public/fonts/OFL.txt).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { projectRoot } from '../lib/cli';
import { postScriptName, readNames, readSfnt, withNames, writeSfnt, type NameRecord } from './sfnt';
import { FONTSOURCE_FILES, FONTSOURCE_PACKAGE, WEB_FONT_CSS, WEB_FONT_DIR, WEB_FONT_FAMILY, WEB_FONT_SUBSETS, WEB_FONT_WEIGHTS, webFontFile, type WebFontSubset, type WebFontWeight } from './web-font-files';

const SOURCE = path.join(projectRoot, FONTSOURCE_PACKAGE);

export interface WebFace {
  subset: WebFontSubset;
  weight: WebFontWeight;
  /** CSS unicode-range, as @fontsource gives it. */
  range: string;
  woff2: Buffer;
}

/** "U+0400-045F,U+2116" to the code points it names. */
export function rangeCodePoints(range: string): number[] {
  return range.split(',').flatMap((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    const end = parseInt(to!, 16);
    if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) throw new Error(`not a unicode-range: "${part}"`);
    return Array.from({ length: end - start + 1 }, (_, i) => start + i);
  });
}

const ranges = (): Record<WebFontSubset, string> => JSON.parse(readFileSync(path.join(SOURCE, 'unicode.json'), 'utf8')) as Record<WebFontSubset, string>;

/** One face: @fontsource's file without hinting, renamed, as WOFF2. */
async function webFace(subset: WebFontSubset, weight: WebFontWeight, range: string): Promise<WebFace> {
  const source = readFileSync(path.join(projectRoot, FONTSOURCE_FILES, `pt-sans-${subset}-${weight}-normal.woff2`));
  const text = String.fromCodePoint(...rangeCodePoints(range));
  const sfnt = readSfnt(await subsetFont(source, text, { targetFormat: 'truetype', noHinting: true, preserveNameIds: [0, 5] }));
  const kept = readNames(sfnt.tables.find((t) => t.tag === 'name')!.data);
  const style = weight === 700 ? 'Bold' : 'Regular';
  const names: NameRecord[] = [
    ...kept.filter((r) => r.id === 0 || r.id === 5),
    { id: 1, text: WEB_FONT_FAMILY },
    { id: 2, text: style },
    { id: 3, text: `${WEB_FONT_FAMILY} ${style} ${subset}` },
    { id: 4, text: `${WEB_FONT_FAMILY} ${style}` },
    { id: 6, text: postScriptName(WEB_FONT_FAMILY, style) },
    { id: 13, text: 'This Font Software is licensed under the SIL Open Font License, Version 1.1 (fonts/OFL.txt at the app\'s root).' },
    { id: 14, text: 'https://openfontlicense.org' },
  ];
  const woff2 = await convert(writeSfnt(withNames(sfnt, names)), 'woff2', 'truetype');
  return { subset, weight, range, woff2 };
}

/** Every face the app declares, in @fontsource's order. */
export async function makeWebFonts(): Promise<WebFace[]> {
  const byScript = ranges();
  const faces: WebFace[] = [];
  for (const weight of WEB_FONT_WEIGHTS) for (const subset of WEB_FONT_SUBSETS) faces.push(await webFace(subset, weight, byScript[subset]));
  return faces;
}

/** The @font-face rules of `faces`, with URLs relative to WEB_FONT_CSS. */
export function webFontCss(faces: WebFace[]): string {
  const version = (JSON.parse(readFileSync(path.join(SOURCE, 'package.json'), 'utf8')) as { version: string }).version;
  const toFonts = path.posix.relative(path.posix.dirname(WEB_FONT_CSS), WEB_FONT_DIR);
  return [
    `/* Written by \`npm run fonts\` (scripts/fonts/web-fonts.ts) from @fontsource/pt-sans ${version}: change that script, not this file.`,
    ' * `font-display: optional`: the written first screen paints before the fonts arrive, and swapping',
    ' * them in moved the top bar and everything under it (CLS 0.34 in Lighthouse\'s mobile profile). A',
    ' * face that is not there in the first ~100 ms is left for the next page (it is cached by then);',
    ' * the HTML preloads the faces the first screen uses (vite.config.ts), so it is there on most first visits. */',
    ...faces.map((f) =>
      [
        '@font-face {',
        `  font-family: '${WEB_FONT_FAMILY}';`,
        '  font-style: normal;',
        '  font-display: optional;',
        `  font-weight: ${f.weight};`,
        `  src: url('${toFonts}/${webFontFile(f.subset, f.weight)}') format('woff2');`,
        `  unicode-range: ${f.range};`,
        '}',
      ].join('\n'),
    ),
    '',
  ].join('\n');
}

/** The licence as @fontsource ships it, with what this project changed. */
export function webFontLicence(): string {
  return [
    `${WEB_FONT_FAMILY} is PT Sans (ParaType Ltd.) as @fontsource/pt-sans ships it, with its TrueType`,
    'hinting removed. ParaType released PT Sans under this licence with the Reserved Font Names',
    '"PT Sans" and "ParaType", which a modified version may not use (section 3): so it is renamed.',
    'Written by scripts/fonts/web-fonts.ts.',
    '',
    readFileSync(path.join(SOURCE, 'LICENSE'), 'utf8'),
  ].join('\n');
}
