// The fonts the pages send: written from @fontsource by `npm run fonts` and committed. A user sees
// the same letters in a quarter of the bytes (the first screen's faces are preloaded on every
// first visit, a phone network's biggest share after MapLibre).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readNames, readSfnt } from '../../../scripts/fonts/sfnt';
import { FIRST_SCREEN_FACES, FONTSOURCE_FILES, isFirstScreenFont, WEB_FONT_CSS, WEB_FONT_DIR, WEB_FONT_FAMILY, WEB_FONT_LICENCE, webFontFile, type WebFontSubset, type WebFontWeight } from '../../../scripts/fonts/web-font-files';
import { makeWebFonts, rangeCodePoints, webFontCss, webFontLicence, type WebFace } from '../../../scripts/fonts/web-fonts';

const root = join(import.meta.dirname, '../../..');
const committed = (file: string) => readFileSync(join(root, file));
const source = (subset: WebFontSubset, weight: WebFontWeight) => readFileSync(join(root, FONTSOURCE_FILES, `pt-sans-${subset}-${weight}-normal.woff2`));
const codePoints = (ttf: Buffer) => new Set(new Face(new Blob(ttf)).collectUnicodes());

let faces: WebFace[];
beforeAll(async () => {
  faces = await makeWebFonts();
}, 60_000);

describe('the web fonts', () => {
  it('are the files `npm run fonts` writes from the installed @fontsource (run it after updating that package)', () => {
    expect(faces).toHaveLength(8);
    for (const face of faces) expect(committed(join(WEB_FONT_DIR, webFontFile(face.subset, face.weight))).equals(face.woff2), webFontFile(face.subset, face.weight)).toBe(true);
    expect(committed(WEB_FONT_CSS).toString('utf8')).toBe(webFontCss(faces));
    expect(committed(WEB_FONT_LICENCE).toString('utf8')).toBe(webFontLicence());
  });

  it('draw every character the original faces draw in their ranges', async () => {
    for (const face of faces) {
      const ours = codePoints(await convert(face.woff2, 'truetype'));
      const theirs = codePoints(await convert(source(face.subset, face.weight), 'truetype'));
      const range = new Set(rangeCodePoints(face.range));
      const expected = [...theirs].filter((c) => range.has(c));
      expect(expected.length, face.subset).toBeGreaterThan(40);
      expect(expected.filter((c) => !ours.has(c)), `${face.subset} ${face.weight}`).toEqual([]);
    }
  });

  it('weigh a quarter of the originals: the first screen preloads 34 KB, not 151 KB', () => {
    const firstScreen = faces.filter((f) => FIRST_SCREEN_FACES.some((s) => s.subset === f.subset && s.weight === f.weight));
    expect(firstScreen).toHaveLength(4);
    const total = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
    const ours = total(firstScreen.map((f) => f.woff2.length));
    const theirs = total(firstScreen.map((f) => source(f.subset, f.weight).length));
    expect(theirs).toBeGreaterThan(140_000);
    expect(ours).toBeLessThan(theirs / 3);
  });

  it('carry no TrueType hinting, and a name of their own with the original copyright', async () => {
    for (const face of faces) {
      const font = readSfnt(await convert(face.woff2, 'truetype'));
      const tags = font.tables.map((t) => t.tag);
      expect(tags).toContain('glyf');
      expect(tags.filter((t) => ['fpgm', 'prep', 'cvt '].includes(t))).toEqual([]);
      const names = new Map(readNames(font.tables.find((t) => t.tag === 'name')!.data).map((r) => [r.id, r.text]));
      expect(names.get(1)).toBe(WEB_FONT_FAMILY);
      expect(names.get(2)).toBe(face.weight === 700 ? 'Bold' : 'Regular');
      expect(names.get(0)).toMatch(/ParaType/);
      // The licence reserves "PT Sans" for the unmodified font.
      for (const id of [1, 3, 4, 6, 16, 17]) expect(names.get(id) ?? '', `name ID ${id}`).not.toMatch(/PT ?Sans|ParaType/i);
    }
  });
});

describe('the preloaded faces', () => {
  it("are the first screen's four built files, not the extended subsets", () => {
    const built = ['cyrillic-400', 'cyrillic-ext-400', 'latin-700', 'latin-ext-700', 'cyrillic-700', 'latin-400'].map((f) => `assets/parkatlas-sans-${f}-Ab_9-xYz.woff2`);
    expect(built.filter(isFirstScreenFont)).toEqual(['assets/parkatlas-sans-cyrillic-400-Ab_9-xYz.woff2', 'assets/parkatlas-sans-latin-700-Ab_9-xYz.woff2', 'assets/parkatlas-sans-cyrillic-700-Ab_9-xYz.woff2', 'assets/parkatlas-sans-latin-400-Ab_9-xYz.woff2']);
    expect(isFirstScreenFont('assets/parkatlas-sans-latin-400.woff2')).toBe(false);
  });
});

describe('rangeCodePoints', () => {
  it('reads a CSS unicode-range', () => {
    expect(rangeCodePoints('U+0041-0043,U+2116')).toEqual([0x41, 0x42, 0x43, 0x2116]);
    expect(() => rangeCodePoints('U+0043-0041')).toThrow(/not a unicode-range/);
  });
});
