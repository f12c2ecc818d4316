// The moderation CLI as a moderator runs it: a real process on a temp copy of the Kuzbass data
// and a temp submissions directory holding records as the receiver stores them.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecord, writeRecord, type SubmissionRecord } from '../../scripts/receiver/store';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const goodProposal = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/good-polygon.geojson'), 'utf8'));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}
async function cli(script: string, ...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as Outcome;
    return { code, stdout, stderr };
  }
}

const record = (id: string, key: string): SubmissionRecord => ({
  id,
  receivedAt: '2026-11-20T08:30:00.000Z',
  idempotencyKey: key,
  bodySha256: '0'.repeat(64),
  clientId: `client-${key}`,
  submitter: { municipalityId: 'kemerovsky-mo', name: 'Иванова Мария Петровна', email: 'invest@example.ru' },
  proposal: goodProposal,
  status: 'pending',
});

describe('npm run submissions', () => {
  const A = 'S-20261120-0000000a';
  const B = 'S-20261120-0000000b';
  const C = 'S-20261120-0000000c';
  let dataDir: string;
  let dir: string;
  const submissions = (...args: string[]) => cli('submissions.ts', ...args, '--dir', dir);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'parkatlas-region-'));
    cpSync(join(root, 'data/regions/kuzbass'), dataDir, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'parkatlas-moderate-'));
    for (const [id, key] of [[A, 'a'], [B, 'b'], [C, 'c']] as const) await writeRecord(dir, record(id, key));
  });

  it('lists and shows stored submissions', async () => {
    const [list, show] = await Promise.all([submissions('list'), submissions('show', A)]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${A}\\s+2026-11-20 08:30\\s+pending\\s+kemerovsky-mo\\s+Индустриальный парк «Северный»\\s+Иванова Мария Петровна <invest@example.ru>`));
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('status      pending');
    expect(show.stdout).toMatch(/totalAreaHa\s+28\.2/);
  });

  it('prints submitter text as text: ESC sequences and BiDi overrides are shown as codes, the record stays verbatim', async () => {
    const hostileDir = mkdtempSync(join(tmpdir(), 'parkatlas-hostile-'));
    const id = 'S-20261120-0000000e';
    const hostile = structuredClone(record(id, 'e'));
    // Clear screen, set the window title, a forged hyperlink, and a right-to-left override.
    hostile.submitter.name = 'Ivan\u001b[2J\u001b]0;pwned\u0007 \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
    (hostile.proposal.features[0]!.properties as Record<string, unknown>).name = 'Парк \u202egpj.exe';
    await writeRecord(hostileDir, hostile);
    const outputs = await Promise.all([
      cli('submissions.ts', 'list', '--dir', hostileDir),
      cli('submissions.ts', 'show', id, '--dir', hostileDir),
      cli('submissions.ts', 'show', id, '--json', '--dir', hostileDir),
    ]);
    for (const out of outputs) {
      expect(out.code).toBe(0);
// eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(out.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(out.stdout).toContain('\\u202e');
      expect(out.stdout).toContain('\\u001b');
    }
    // --json is still the same document.
    expect(JSON.parse(outputs[2]!.stdout).submitter.name).toBe(hostile.submitter.name);
    expect((await readRecord(hostileDir, id))!.submitter.name).toBe(hostile.submitter.name);
  });

  it('accept merges the proposal as a "proposed" site that passes the data build', async () => {
    const accepted = await cli('submissions.ts', 'accept', A, '--dir', dir, '--data-dir', dataDir);
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('added site(s) severny-industrial-park');
    const sites = JSON.parse(readFileSync(join(dataDir, 'sites.geojson'), 'utf8'));
    const site = sites.features.at(-1);
    expect(sites.features).toHaveLength(13);
    expect(site.properties).toMatchObject({
      id: 'severny-industrial-park',
      name: { ru: 'Индустриальный парк «Северный»', en: 'Severny Industrial Park' },
      status: 'proposed',
      municipalityId: 'kemerovsky-mo',
      locationPrecision: 'exact',
      land: { totalAreaHa: { value: 28.2 }, freeAreaHa: { value: 12 } },
      people: { contactPerson: 'Иванова Мария Петровна', email: 'invest@example.ru', phone: '+7 (3842) 58-00-00' },
      sources: [{ title: `Предложение: Кемеровский муниципальный округ (Иванова Мария Петровна), заявка ${A}`, accessed: '2026-11-20' }],
      asOf: '2026-11-20',
    });
    expect(await readRecord(dir, A)).toMatchObject({ status: 'accepted', siteIds: ['severny-industrial-park'], acceptedAt: expect.any(String) });

    const out = mkdtempSync(join(tmpdir(), 'parkatlas-out-'));
    const [build, twice] = await Promise.all([
      cli('build-data.ts', '--data-dir', dataDir, '--out', out),
      cli('submissions.ts', 'accept', A, '--dir', dir, '--data-dir', dataDir),
    ]);
    expect(build.code).toBe(0);
    const built = JSON.parse(readFileSync(join(out, 'sites.geojson'), 'utf8'));
    const derived = built.features.find((f: { properties: { id: string } }) => f.properties.id === 'severny-industrial-park').properties;
    expect(derived.status).toBe('proposed');
    expect(derived.derived.areaHa).toBeCloseTo(28.2, 0);
    expect(derived.derived.nearest.rail_station.km).toBeGreaterThan(0);

    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already accepted/);
  });

  it('accept validates again: a proposal now overlapping an accepted site is refused', async () => {
    const refused = await cli('submissions.ts', 'accept', C, '--dir', dir, '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/overlaps_existing_site/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dataDir, 'sites.geojson'), 'utf8')).features).toHaveLength(13);
    expect((await readRecord(dir, C))?.status).toBe('pending');
  });

  it('reject records the reason; an unknown id exits 1, bad arguments 2', async () => {
    const rejected = await submissions('reject', B, '--reason', 'Дубликат заявки');
    expect(rejected.code).toBe(0);
    expect(await readRecord(dir, B)).toMatchObject({ status: 'rejected', reason: 'Дубликат заявки', rejectedAt: expect.any(String) });
    const [list, unknown, noReason, traversal] = await Promise.all([
      submissions('list', '--status', 'rejected'),
      submissions('show', 'S-20261120-ffffffff'),
      submissions('reject', C),
      submissions('show', '../../etc/passwd'),
    ]);
    expect(list.stdout).toContain(B);
    expect(list.stdout).not.toContain(C);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no submission S-20261120-ffffffff/);
    expect(noReason.code).toBe(2);
    expect(traversal.code).toBe(2);
  });
});
