import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { scriptRuns, wrap } from '../../../scripts/pages/og-image';
import { woffToSfnt } from '../../../scripts/pages/woff';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const woff = (face: string) => readFileSync(join(import.meta.dirname, '../../../node_modules/@fontsource/pt-sans/files', `pt-sans-${face}.woff`));

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

  it('put Cyrillic runs in the Cyrillic subset and escape text', () => {
    expect(scriptRuns('ТОР «Юрга» <1>')).toBe('<tspan font-family="PT Sans Cyrillic">ТОР</tspan> «<tspan font-family="PT Sans Cyrillic">Юрга</tspan>» &lt;1&gt;');
  });

  it('draw with the bundled PT Sans, unpacked from WOFF and renamed per subset', () => {
    const dir = mkdtempSync(join(os.tmpdir(), 'og-font-'));
    const file = join(dir, 'cyr.ttf');
    writeFileSync(file, woffToSfnt(woff('cyrillic-700-normal'), 'PT Sans Cyrillic'));
    const draw = (family: string) =>
      new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="5" y="60" font-size="50" font-family="${family}">Кузбасс</text></svg>`, {
        font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: 'PT Sans Cyrillic' },
      })
        .render()
        .pixels.reduce((ink, v, i) => (i % 4 === 3 ? ink + v : ink), 0);
    const ink = draw('PT Sans Cyrillic');
    expect(ink).toBeGreaterThan(0);
    // Bold PT Sans leaves more ink than the regular face of the same font would: the face is the one asked for.
    const regular = join(dir, 'cyr-400.ttf');
    writeFileSync(regular, woffToSfnt(woff('cyrillic-400-normal'), 'PT Sans Regular Test'));
    const thin = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><text x="5" y="60" font-size="50" font-family="PT Sans Regular Test">Кузбасс</text></svg>', {
      font: { fontFiles: [regular], loadSystemFonts: false, defaultFontFamily: 'PT Sans Regular Test' },
    })
      .render()
      .pixels.reduce((sum, v, i) => (i % 4 === 3 ? sum + v : sum), 0);
    expect(ink).toBeGreaterThan(thin * 1.2);
  });
});
