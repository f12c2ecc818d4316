import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTSOURCE_FILES } from '../../../scripts/fonts/web-font-files';
import { svgDrawer } from '../../../scripts/pages/draw-png.mjs';
import { pictureSvg, scriptRuns, wrap } from '../../../scripts/pages/og-image';
import { woffToSfnt } from '../../../scripts/pages/woff';

const woff = (face: string) => readFileSync(join(import.meta.dirname, '../../..', FONTSOURCE_FILES, `pt-sans-${face}.woff`));
const kuzbass = (family: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="5" y="60" font-size="50" font-family="${family}">Кузбасс</text></svg>`;
const ink = (pixels: Uint8Array) => pixels.reduce((sum, v, i) => (i % 4 === 3 ? sum + v : sum), 0);

describe('link-preview pictures', () => {
  it('wrap a long name within the line length, at spaces or after a hyphen, and cut what does not fit with an ellipsis', () => {
    const name = 'ОЭЗ промышленно-производственного типа «Кузбасс» — площадка Топки';
    const lines = wrap(name, 24, 4);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join(' ').replace('- ', '-')).toBe(name);
    expect(lines.some((l) => l.endsWith('промышленно-'))).toBe(true);
    const cut = wrap(name, 12, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });

  it("keep the kicker on one line within the text column, cutting a long region's name", () => {
    const kicker = (text: string) => /<text x="64" y="96"[^>]*>(.*?)<\/text>/.exec(pictureSvg({ kicker: text, title: 'Площадка', lines: [] }, 'M0 0Z', [], true))![1]!.replace(/<[^>]+>/g, '');
    expect(kicker('ParkAtlas · Кемеровская область — Кузбасс')).toBe('ParkAtlas · Кемеровская область — Кузбасс');
    const cut = kicker('ParkAtlas · Ханты-Мансийский автономный округ — Югра');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(41);
  });

  it('put Cyrillic runs in the Cyrillic subset and escape text', () => {
    expect(scriptRuns('ТОР «Юрга» <1>')).toBe('<tspan font-family="PT Sans Cyrillic">ТОР</tspan> «<tspan font-family="PT Sans Cyrillic">Юрга</tspan>» &lt;1&gt;');
  });

  it('draw with PT Sans, unpacked from WOFF and renamed per subset', async () => {
    const bold = await svgDrawer([woffToSfnt(woff('cyrillic-700-normal'), 'PT Sans Cyrillic')], 'PT Sans Cyrillic');
    const drawn = ink(bold.pixels(kuzbass('PT Sans Cyrillic')));
    expect(drawn).toBeGreaterThan(0);
    // Bold PT Sans leaves more ink than the regular face of the same font would: the face is the one asked for.
    const regular = await svgDrawer([woffToSfnt(woff('cyrillic-400-normal'), 'PT Sans Regular Test')], 'PT Sans Regular Test');
    expect(drawn).toBeGreaterThan(ink(regular.pixels(kuzbass('PT Sans Regular Test'))) * 1.2);
    // A PNG, 400 px wide.
    const png = Buffer.from(bold.png(kuzbass('PT Sans Cyrillic')));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(400);
  });
});
