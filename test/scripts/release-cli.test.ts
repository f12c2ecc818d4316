// `npm run release` as a maintainer runs it: a real process on a copy of the Kuzbass data, and the
// data build that ships the releases with an index of their dates.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyReleases } from '../../scripts/lib/releases';
import { KUZBASS_DIR } from '../helpers/region-files';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'parkatlas-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function release(dataDir: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/release.ts'), '--data-dir', dataDir, ...args], { cwd: root });
    return { code: 0, out: stdout };
  } catch (e) {
    const { code, stderr } = e as { code: number; stderr: string };
    return { code, out: stderr };
  }
}

describe('cutting a release', () => {
  const data = join(work, 'kuzbass');
  cpSync(KUZBASS_DIR, data, { recursive: true });
  rmSync(join(data, 'releases'), { recursive: true, force: true });

  it('writes the dated summary, refuses to overwrite it without --force, and the data build ships it', async () => {
    expect(await release(data, '--date', '2027-03-01')).toMatchObject({ code: 0 });
    const file = join(data, 'releases', '2027-03-01.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ region: 'kuzbass', date: '2027-03-01' });
    const again = await release(data, '--date', '2027-03-01');
    expect(again.code).toBe(1);
    expect(again.out).toContain('a release of 2027-03-01 was cut already (pass --force to replace it)');
    expect((await release(data, '--date', '2027-03-01', '--force')).code).toBe(0);
    const out = join(work, 'out');
    expect(copyReleases(data, out)).toEqual(['2027-03-01']);
    expect(JSON.parse(readFileSync(join(out, 'releases', 'index.json'), 'utf8'))).toEqual({ dates: ['2027-03-01'] });
  });

  it('refuses a bad date and data that the data build refuses', async () => {
    expect(await release(data, '--date', '1.3.2027')).toEqual({ code: 2, out: '--date must be a day written YYYY-MM-DD, not "1.3.2027"\n' });
    const broken = join(work, 'broken');
    cpSync(data, broken, { recursive: true });
    const sites = JSON.parse(readFileSync(join(broken, 'sites.geojson'), 'utf8'));
    sites.features[0].properties.events[0].date = '2022-13';
    writeFileSync(join(broken, 'sites.geojson'), JSON.stringify(sites));
    const refused = await release(broken, '--date', '2027-04-01');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('sites.geojson: feature "sez-kuzbass-topki": properties.events[0].date: "2022-13": there is no month 13');
    expect(existsSync(join(broken, 'releases', '2027-04-01.json'))).toBe(false);
  });

  it('names a release file the data build cannot ship', () => {
    const bad = join(work, 'bad');
    cpSync(data, bad, { recursive: true });
    writeFileSync(join(bad, 'releases', '2027-05-01.json'), JSON.stringify({ region: 'kuzbass', date: '2027-05-02', features: {} }));
    expect(copyReleases(bad, join(work, 'out-bad'))).toBe('releases/2027-05-01.json: its date is 2027-05-02');
  });
});
