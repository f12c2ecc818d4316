import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rasterise } from '../../../scripts/pages/rasterise';

const work = mkdtempSync(path.join(os.tmpdir(), 'parkatlas-rasterise-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="${fill}"/></svg>`;
const PNG_SIGNATURE = '89504e470d0a1a0a';

describe('pictures kept between builds', () => {
  it('are drawn once, copied while their SVG is the same, and drawn again when it changes', async () => {
    const cache = path.join(work, 'cache');
    const jobs = (second: string) => [
      { svg: svg('#ff0000'), out: path.join(work, 'a.png') },
      { svg: svg(second), out: path.join(work, 'b.png') },
    ];
    expect(await rasterise(jobs('#00ff00'), cache)).toBe(2);
    const first = readFileSync(path.join(work, 'b.png'));
    expect(first.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);

    rmSync(path.join(work, 'a.png'));
    writeFileSync(path.join(work, 'b.png'), 'stale');
    expect(await rasterise(jobs('#00ff00'), cache)).toBe(0);
    expect(readFileSync(path.join(work, 'b.png'))).toEqual(first);
    expect(readFileSync(path.join(work, 'a.png')).subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);

    expect(await rasterise(jobs('#0000ff'), cache)).toBe(1);
    expect(readFileSync(path.join(work, 'b.png'))).not.toEqual(first);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('are all drawn without a cache', async () => {
    const jobs = [{ svg: svg('#ff0000'), out: path.join(work, 'c.png') }];
    expect(await rasterise(jobs, undefined)).toBe(1);
    expect(await rasterise(jobs, undefined)).toBe(1);
  });
});
