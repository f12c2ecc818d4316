// `npm run fonts`: writes the app's web fonts, their @font-face rules and their licence from
// @fontsource/pt-sans (scripts/fonts/web-fonts.ts). Run it after updating that package and commit
// what it writes; test/scripts/fonts/web-fonts.test.ts fails while the committed files differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_FONT_CSS, WEB_FONT_DIR, WEB_FONT_LICENCE, webFontFile } from './fonts/web-font-files';
import { makeWebFonts, webFontCss, webFontLicence } from './fonts/web-fonts';
import { projectRoot } from './lib/cli';

const faces = await makeWebFonts();
mkdirSync(path.join(projectRoot, WEB_FONT_DIR), { recursive: true });
for (const face of faces) writeFileSync(path.join(projectRoot, WEB_FONT_DIR, webFontFile(face.subset, face.weight)), face.woff2);
writeFileSync(path.join(projectRoot, WEB_FONT_CSS), webFontCss(faces));
mkdirSync(path.dirname(path.join(projectRoot, WEB_FONT_LICENCE)), { recursive: true });
writeFileSync(path.join(projectRoot, WEB_FONT_LICENCE), webFontLicence());
const kb = (n: number) => (n / 1024).toFixed(1);
for (const face of faces) console.log(`${webFontFile(face.subset, face.weight)}: ${kb(face.woff2.length)} KB`);
