// The Overpass client against a mocked server (MSW): answers, retries, and the errors it gives.
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchOverpass, OverpassError } from '../../scripts/osm/overpass-client';

const ENDPOINT = 'https://overpass.test/api/interpreter';
const ANSWER = { version: 0.6, osm3s: { timestamp_osm_base: '2026-11-30T12:00:00Z' }, elements: [{ type: 'node', id: 1, lat: 55, lon: 85 }] };
const QUERY = '[out:json][timeout:180];\nnode(1);\nout body;';
const fast = { endpoint: ENDPOINT, retries: 2, backoffMs: 1, timeoutMs: 2000 };

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Answers in turn with each responder (the last one repeats), counting the requests. */
function answers(...responders: (() => Response | Promise<Response>)[]) {
  const seen: Request[] = [];
  server.use(
    http.post(ENDPOINT, ({ request }) => {
      seen.push(request.clone());
      return responders[Math.min(seen.length, responders.length) - 1]!();
    }),
  );
  return seen;
}

const expectUnreachable = (reason: RegExp) =>
  expect.objectContaining({
    name: 'OverpassError',
    kind: 'unreachable',
    message: expect.stringMatching(
      new RegExp(`^Overpass at ${ENDPOINT} is unreachable \\(${reason.source}\\); try --endpoint, or --from FILE with a saved Overpass JSON$`),
    ),
  });

describe('fetchOverpass', () => {
  it('POSTs the query as form data and returns the Overpass JSON', async () => {
    const seen = answers(() => HttpResponse.json(ANSWER));
    await expect(fetchOverpass(QUERY, fast)).resolves.toEqual(ANSWER);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(seen[0]!.headers.get('user-agent')).toMatch(/ParkAtlas/);
    expect(new URLSearchParams(await seen[0]!.text()).get('data')).toBe(QUERY);
  });

  it('retries after a 504 and returns the next answer', async () => {
    const seen = answers(() => new HttpResponse('busy', { status: 504, statusText: 'Gateway Timeout' }), () => HttpResponse.json(ANSWER));
    const retries: unknown[] = [];
    await expect(fetchOverpass(QUERY, { ...fast, onRetry: (r) => retries.push(r) })).resolves.toEqual(ANSWER);
    expect(seen).toHaveLength(2);
    expect(retries).toEqual([{ attempt: 1, reason: 'HTTP 504 Gateway Timeout', waitMs: 1 }]);
  });

  it('retries 429 and a partial answer with a runtime error remark', async () => {
    const seen = answers(
      () => new HttpResponse('slow down', { status: 429 }),
      () => HttpResponse.json({ ...ANSWER, remark: 'runtime error: Query timed out in "query" at line 3 after 181 seconds.' }),
      () => HttpResponse.json(ANSWER),
    );
    await expect(fetchOverpass(QUERY, fast)).resolves.toEqual(ANSWER);
    expect(seen).toHaveLength(3);
  });

  it('backs off exponentially: waits of backoff, 2x, 4x', async () => {
    answers(() => new HttpResponse(null, { status: 503 }));
    const waits: number[] = [];
    await expect(fetchOverpass(QUERY, { ...fast, retries: 3, backoffMs: 2, onRetry: (r) => waits.push(r.waitMs) })).rejects.toThrow(
      OverpassError,
    );
    expect(waits).toEqual([2, 4, 8]);
  });

  it('gives the clear error when the server cannot be reached, after every retry', async () => {
    const seen = answers(() => HttpResponse.error());
    await expect(fetchOverpass(QUERY, fast)).rejects.toEqual(expectUnreachable(/.+; 3 tries/));
    expect(seen).toHaveLength(3);
  });

  it('gives the clear error when no answer comes in time', async () => {
    const seen = answers(async () => {
      await delay(400);
      return HttpResponse.json(ANSWER);
    });
    await expect(fetchOverpass(QUERY, { ...fast, retries: 1, timeoutMs: 50 })).rejects.toEqual(
      expectUnreachable(/no answer within 0\.05 s; 2 tries/),
    );
    expect(seen).toHaveLength(2);
  });

  it('does not retry a query the server rejects, and says why', async () => {
    const seen = answers(
      () =>
        new HttpResponse('<html><body><p><strong style="color:#FF0000">Error</strong>: line 2: parse error: Unknown type "nod" </p></body></html>', {
          status: 400,
        }),
    );
    await expect(fetchOverpass(QUERY, fast)).rejects.toMatchObject({
      kind: 'rejected',
      message: `Overpass at ${ENDPOINT} rejected the query (HTTP 400): Error: line 2: parse error: Unknown type "nod"`,
    });
    expect(seen).toHaveLength(1);
  });

  it('refuses an answer that is not Overpass JSON', async () => {
    answers(() => new HttpResponse('<osm/>', { status: 200 }));
    await expect(fetchOverpass(QUERY, fast)).rejects.toMatchObject({ kind: 'invalid' });
  });
});
