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

/**
 * A built face the first screen's text uses (Russian or English, regular or bold; Vite adds a
 * hash to the name): the HTML preloads these.
 */
export const FIRST_SCREEN_FONT = /parkatlas-sans-(cyrillic|latin)-(400|700)-[^/]*\.woff2$/;
