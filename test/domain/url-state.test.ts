import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INFRA_KINDS } from '../../src/domain/schema/infrastructure';
import { SITE_KINDS, SITE_STATUSES } from '../../src/domain/schema/site';
import { LAYER_GROUP_NAMES, emptyUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../src/domain/url-state';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const km = fc.integer({ min: 0, max: 500 });
const uniq = <T>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { maxLength: max });

const stateArb: fc.Arbitrary<UrlState> = fc
  .record({
    lang: fc.option(fc.constantFrom('ru' as const, 'en' as const), { nil: undefined }),
    status: uniq(fc.constantFrom(...SITE_STATUSES), 5),
    kind: uniq(fc.constantFrom(...SITE_KINDS), 6),
    mun: uniq(id, 5),
    minArea: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    extra: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    minFree: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    minMw: fc.option(fc.integer({ min: 0, max: 500 }).map((n) => n / 10), { nil: undefined }),
    keepNoData: fc.boolean(),
    sort: fc.option(fc.constantFrom('name' as const, 'area' as const, ...INFRA_KINDS.map((k) => `dist:${k}` as const)), { nil: undefined }),
    near: fc.dictionary(fc.constantFrom(...INFRA_KINDS), km, { maxKeys: 4 }),
    q: fc.option(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0), { nil: undefined }),
    site: fc.option(id, { nil: undefined }),
    compare: uniq(id, 4),
    layers: fc.option(uniq(fc.constantFrom(...LAYER_GROUP_NAMES), 3), { nil: undefined }),
    embed: fc.boolean(),
    wheel: fc.option(fc.constant(true as const), { nil: undefined }),
    panel: fc.option(fc.constantFrom('overview' as const, 'changes' as const), { nil: undefined }),
    since: fc.option(fc.constantFrom('2026-12-07', '2027-03-01'), { nil: undefined }),
    until: fc.option(fc.constantFrom('2027-06-01'), { nil: undefined }),
    basemap: fc.option(fc.constantFrom('online' as const, 'offline' as const), { nil: undefined }),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
    view: fc.option(
      fc.record({
        zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        lat: fc.integer({ min: -8500000, max: 8500000 }).map((n) => n / 100000),
        lon: fc.integer({ min: -18000000, max: 18000000 }).map((n) => n / 100000),
      }),
      { nil: undefined },
    ),
  })
  .map(({ extra, ...s }) => {
    const state: UrlState = { ...emptyUrlState(), ...s };
    if (extra !== undefined) state.maxArea = (s.minArea ?? 0) + extra;
    for (const k of Object.keys(state) as (keyof UrlState)[]) if (state[k] === undefined) delete state[k];
    return state;
  });

describe('URL state', () => {
  it('round-trips any state through a link', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { search, hash } = serializeUrlState(state);
        expect(parseUrlState(search, hash)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('parses any garbage to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 60 }), (search, hash) => {
        const state = parseUrlState(search, hash);
        expect(SITE_STATUSES).toEqual(expect.arrayContaining(state.status));
        expect(state.compare.length).toBeLessThanOrEqual(4);
        for (const v of Object.values(state.near)) expect(v).toBeGreaterThanOrEqual(0);
        // What a parsed state serialises to parses back to itself.
        const again = serializeUrlState(state);
        expect(parseUrlState(again.search, again.hash)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('ignores only the malformed parts of a link', () => {
    const state = parseUrlState(
      '?lang=de&status=operating,bogus&minArea=-5&maxArea=abc&near=substation:5,moon:3,rail_station:x&site=<script>&compare=a,b,c,d,e&layers=sites,nope',
      '#map=7/55.3/86.1',
    );
    expect(state).toEqual({
      ...emptyUrlState(),
      status: ['operating'],
      near: { substation: 5 },
      compare: ['a', 'b', 'c', 'd'],
      layers: ['sites'],
      view: { zoom: 7, lat: 55.3, lon: 86.1 },
    });
  });

  it('reads the roadmap year only as a whole year in range', () => {
    expect(parseUrlState('?year=2029').year).toBe(2029);
    for (const bad of ['29', '20290', '2029.5', '1899', '2101', 'next', '']) expect(parseUrlState(`?year=${bad}&kind=tor`)).toEqual({ ...emptyUrlState(), kind: ['tor'] });
  });

  it('drops a max area below the min area and a view off the globe', () => {
    expect(parseUrlState('?minArea=50&maxArea=10')).toMatchObject({ minArea: 50 });
    expect(parseUrlState('?minArea=50&maxArea=10').maxArea).toBeUndefined();
    expect(parseUrlState('', '#map=7/95/86').view).toBeUndefined();
  });
});
