// The label font is bundled with the app: the same files serve the offline and online styles.
import cyrillic from '@fontsource/pt-sans/files/pt-sans-cyrillic-400-normal.woff2?url';
import latin from '@fontsource/pt-sans/files/pt-sans-latin-400-normal.woff2?url';
import type { FontUrls } from './style';

/** Absolute URLs: the style is handed to a worker that does not know the page's base. */
export function bundledFontUrls(base: string): FontUrls {
  return { cyrillic: new URL(cyrillic, base).href, latin: new URL(latin, base).href };
}
