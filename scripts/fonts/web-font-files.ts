// The names of the app's web fonts (web-fonts.ts writes them), apart from the code that writes
// them so that vite.config.ts can name the preloaded ones without loading the font tools.
export const WEB_FONT_FAMILY = 'ParkAtlas Sans';
/** Where @fontsource's unicode.json lists them: one file per subset and weight. */
export const WEB_FONT_SUBSETS = ['cyrillic-ext', 'cyrillic', 'latin-ext', 'latin'] as const;
export const WEB_FONT_WEIGHTS = [400, 700] as const;
export type WebFontSubset = (typeof WEB_FONT_SUBSETS)[number];
export type WebFontWeight = (typeof WEB_FONT_WEIGHTS)[number];

/** The written files, committed (they change only with @fontsource): the faces, their CSS, the licence. */
export const WEB_FONT_DIR = 'src/assets/fonts';
export const WEB_FONT_CSS = 'src/components/fonts.css';
export const WEB_FONT_LICENCE = 'public/fonts/OFL.txt';

export const webFontFile = (subset: WebFontSubset, weight: WebFontWeight) => `parkatlas-sans-${subset}-${weight}.woff2`;

/** Where PT Sans comes from (relative to the project): @fontsource's package, and its font files. */
export const FONTSOURCE_PACKAGE = 'node_modules/@fontsource/pt-sans';
export const FONTSOURCE_FILES = `${FONTSOURCE_PACKAGE}/files`;

/** The faces the first screen's text uses (Russian or English, regular or bold): the HTML preloads these. */
export const FIRST_SCREEN_FACES = (['cyrillic', 'latin'] as const).flatMap((subset) => WEB_FONT_WEIGHTS.map((weight) => ({ subset, weight })));

/** Whether a built file (Vite adds an 8-character hash to the name) is one of FIRST_SCREEN_FACES. */
export const isFirstScreenFont = (file: string): boolean =>
  FIRST_SCREEN_FACES.some(({ subset, weight }) => new RegExp(`(^|/)${webFontFile(subset, weight).replace(/\.woff2$/, '')}-[\\w-]{8}\\.woff2$`).test(file));
