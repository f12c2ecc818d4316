// The submission receiver as it runs: a real process (scripts/receiver.ts) on a free port, real
// files, real HTTP through global fetch. DESIGN.md "Submission API"; docs/receiver.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root, startReceiver, tmpDir, type Running } from '../helpers/receiver-process';

const goodProposal = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/good-polygon.geojson'), 'utf8'));
const selfIntersecting = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/bad-self_intersection.geojson'), 'utf8'));

const submission = (clientId: string, proposal: unknown = goodProposal) => ({
  clientId,
  submitter: { municipalityId: 'kemerovsky-mo', name: 'Иванова Мария Петровна', email: 'invest@example.ru' },
  proposal,
});

function post(url: string, body: unknown, key: string | null, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === null ? {} : { 'Idempotency-Key': key }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const stored = (dir: string) => readdirSync(dir).filter((f) => /^S-\d{8}-[0-9a-f]{8}\.json$/.test(f));

describe('npm run receiver', () => {
  let main: Running;
  let limited: Running;
  let dir: string;

  beforeAll(async () => {
    dir = join(tmpDir('subs'), 'submissions'); // created by the receiver
    [main, limited] = await Promise.all([
      startReceiver(dir, ['--rate', '0', '--max-bytes', '1MiB']),
      startReceiver(tmpDir('limited'), ['--rate', '5']),
    ]);
  }, 30_000);

  it('stores a valid proposal once: 201, and a retry with the same key answers the same id', async () => {
    const before = stored(dir).length;
    const first = await post(main.url, submission('client-aaaa1111'), 'key-single');
    expect(first.status).toBe(201);
    const receipt = await first.json();
    expect(receipt).toEqual({ id: expect.stringMatching(/^S-\d{8}-[0-9a-f]{8}$/), receivedAt: expect.any(String) });
    const again = await post(main.url, submission('client-aaaa1111'), 'key-single');
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(receipt);
    expect(stored(dir).length).toBe(before + 1);
    const record = JSON.parse(readFileSync(join(dir, `${receipt.id}.json`), 'utf8'));
    expect(record).toMatchObject({ id: receipt.id, idempotencyKey: 'key-single', clientId: 'client-aaaa1111', status: 'pending' });
    expect(record.proposal.features[0].properties.name).toBe('Индустриальный парк «Северный»');
    // The same key with another body is a client bug, not a retry.
    const other = await post(main.url, submission('client-bbbb2222'), 'key-single');
    expect(other.status).toBe(409);
    expect(await other.json()).toEqual({ error: expect.any(String) });
  });

  it("stores a hand-made layer's passport under the field names, the municipality found by its name", async () => {
    const handMade = JSON.parse(readFileSync(join(root, 'test/fixtures/proposals/bad-property_mapped.geojson'), 'utf8'));
    const r = await post(main.url, submission('client-alias001', handMade), 'key-alias');
    expect(r.status).toBe(201);
    const { id } = await r.json();
    const record = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
    expect(record.proposal.features[0].properties).toMatchObject({ municipalityId: 'kemerovsky-mo', contactPerson: 'Иванова Мария Петровна' });
    expect(record.proposal.features[0].properties.municipality).toBeUndefined();
  });

  it('200 concurrent posts with 50 keys, each sent 4 times, store exactly 50 submissions', async () => {
    const before = stored(dir).length;
    const keys = Array.from({ length: 50 }, (_, i) => `concurrent-${i}`);
    const sends = [0, 1, 2, 3].flatMap(() => keys.map((key) => post(main.url, submission(`client-${key}`), key)));
    const responses = await Promise.all(sends);
    const bodies = await Promise.all(responses.map((r) => r.json() as Promise<{ id: string }>));
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(201));
    const idsByKey = new Map<string, Set<string>>();
    bodies.forEach((b, i) => {
      const key = keys[i % 50]!;
      idsByKey.set(key, (idsByKey.get(key) ?? new Set()).add(b.id));
    });
    expect([...idsByKey.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(50);
    expect(stored(dir).length).toBe(before + 50);
    expect(readdirSync(join(dir, '.tmp'))).toEqual([]);
  });

  it('answers 413 for a body over --max-bytes, by Content-Length or while streaming', async () => {
    const big = JSON.stringify(submission('client-big00001', { ...goodProposal, padding: 'x'.repeat(2 * 1024 * 1024) }));
    const declared = await post(main.url, big, 'key-big');
    expect(declared.status).toBe(413);
    expect((await declared.json()).issues[0].code).toBe('file_too_large');
    const chunks = Array.from({ length: 40 }, () => new TextEncoder().encode(' '.repeat(64 * 1024)));
    const streamed = await fetch(`${main.url}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'key-stream' },
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.pop();
          if (next) controller.enqueue(next);
          else controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers 415 for anything but JSON, and 400 without an Idempotency-Key', async () => {
    const text = await post(main.url, JSON.stringify(submission('client-text0001')), 'key-text', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ error: expect.any(String) });
    const noKey = await post(main.url, submission('client-nokey001'), null);
    expect(noKey.status).toBe(400);
    expect(await noKey.json()).toEqual({ error: 'Idempotency-Key header required' });
  });

  it('answers 400 with issues for unreadable and malicious bodies, and keeps serving', async () => {
    const codes = async (body: unknown, key: string, headers: Record<string, string> = {}) => {
      const r = await post(main.url, body, key, headers);
      expect(r.status).toBe(400);
      const json = await r.json();
      expect(JSON.stringify(json)).not.toMatch(/ at .*\.ts:\d+/); // no stack traces
      return (json.issues as { code: string; path: string }[]).map((i) => `${i.code}@${i.path}`);
    };
    expect(await codes('{"clientId": "abc', 'bad-json')).toEqual(['invalid_json@']);
    expect(await codes(`{"proposal":${'['.repeat(100_000)}`, 'bad-deep')).toEqual(['invalid_json@']);
    expect(await codes('[]', 'bad-array')).toContain('invalid_property@');
    expect(await codes('null', 'bad-null')).toContain('invalid_property@');
    const proto = await codes(`{"__proto__":{"polluted":true},${JSON.stringify(submission('client-proto001')).slice(1)}`, 'bad-proto');
    expect(proto).toContain('invalid_property@__proto__');
    expect(await codes({ ...submission('client-mail0001'), submitter: { ...submission('x').submitter, email: 'nope' } }, 'bad-mail')).toEqual([
      'invalid_property@submitter.email',
    ]);
    const many = { type: 'FeatureCollection', features: Array.from({ length: 2000 }, () => ({ type: 'Feature', geometry: null, properties: null })) };
    expect(await codes(submission('client-many0001', many), 'bad-many')).toEqual(['file_too_large@features']);
    // A bare Polygon: the first thing said is that the API wants a FeatureCollection.
    const bare = (goodProposal as { features: { geometry: unknown }[] }).features[0]!.geometry;
    const bareCodes = await codes(submission('client-bare0001', bare), 'bad-bare');
    expect(bareCodes[0]).toBe('not_geojson@');
    expect(bareCodes).toContain('missing_property@features[0].properties.name');
    const crossing = await codes(submission('client-cross001', selfIntersecting), 'bad-cross', { 'Accept-Language': 'en' });
    expect(crossing).toContain('self_intersection@features[0].geometry.coordinates[0][0]');
    const health = await fetch(`${main.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });

  it('sends CORS headers only to allowed origins', async () => {
    const allowed = await fetch(`${main.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    const denied = await fetch(`${main.url}/api/submissions`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const postAllowed = await post(main.url, submission('client-cors0001'), 'key-cors', { Origin: 'http://127.0.0.1:5173' });
    expect(postAllowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const postOther = await post(main.url, submission('client-cors0001'), 'key-cors', { Origin: 'https://evil.example' });
    expect(postOther.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each client to --rate posts a minute: 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 8; i++) {
      const r = await post(limited.url, submission('client-rate0001'), 'key-rate');
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });

  it('a kill mid-write leaves no partial submission, and the next start cleans up', async () => {
    const killDir = tmpDir('kill');
    const paused = await startReceiver(killDir, ['--rate', '0'], { RECEIVER_TEST_PAUSE_BEFORE_RENAME_MS: '10000' });
    const pending = post(paused.url, submission('client-kill0001'), 'key-kill').catch((e: Error) => e);
    const tmp = join(killDir, '.tmp');
    for (let i = 0; i < 100 && !(existsSync(tmp) && readdirSync(tmp).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp)).toHaveLength(1); // written and fsynced, not yet renamed
    paused.proc.kill('SIGKILL');
    await paused.exited;
    expect(await pending).toBeInstanceOf(Error); // the client never got a 201: it keeps its draft
    expect(stored(killDir)).toEqual([]);
    expect(readdirSync(killDir)).toEqual(['.tmp']);

    const restarted = await startReceiver(killDir, ['--rate', '0']);
    expect(readdirSync(tmp)).toEqual([]);
    const retry = await post(restarted.url, submission('client-kill0001'), 'key-kill');
    expect(retry.status).toBe(201);
    const { id } = await retry.json();
    expect(stored(killDir)).toEqual([`${id}.json`]);
    restarted.proc.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
    // Across a restart the key is still known: same id, nothing stored twice.
    const third = await startReceiver(killDir, ['--rate', '0']);
    const again = await post(third.url, submission('client-kill0001'), 'key-kill');
    expect(await again.json()).toMatchObject({ id });
    expect(stored(killDir)).toHaveLength(1);
  }, 30_000);
});
