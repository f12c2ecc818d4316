// The label font is bundled with the app: the same files serve the offline and online styles, and
// the page's own text (src/components/fonts.css, written by `npm run fonts`).
import cyrillic from '../assets/fonts/parkatlas-sans-cyrillic-400.woff2?url';
import latin from '../assets/fonts/parkatlas-sans-latin-400.woff2?url';
import type { FontUrls } from './style';

/** Absolute URLs: the style is handed to a worker that does not know the page's base. */
export function bundledFontUrls(base: string): FontUrls {
  return { cyrillic: new URL(cyrillic, base).href, latin: new URL(latin, base).href };
}
