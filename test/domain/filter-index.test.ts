import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FilterableSite, SiteFilter } from '../../src/domain/filters';
import { applyFilter } from '../helpers/reference-filter';
import { applyFilterIndex, buildFilterIndex } from '../../src/domain/filter-index';
import { INFRA_KINDS } from '../../src/domain/schema/infrastructure';
import { SITE_KINDS, SITE_STATUSES } from '../../src/domain/schema/site';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const num = fc.integer({ min: 0, max: 200 });
const words = fc.constantFrom('парк', 'юрга', 'tor', 'кузбасс', 'x');

const siteArb: fc.Arbitrary<FilterableSite> = fc.record({
  id: fc.uuid(),
  status: fc.constantFrom(...SITE_STATUSES),
  kind: fc.constantFrom(...SITE_KINDS),
  municipalityId: fc.constantFrom('a-go', 'b-mo', 'c-go'),
  areaHa: maybe(num),
  freeAreaHa: maybe(num),
  electricityMw: maybe(num),
  nearestKm: fc.dictionary(fc.constantFrom(...INFRA_KINDS), num, { maxKeys: 4 }),
  text: fc.array(words, { maxLength: 3 }).map((w) => w.join(' ')),
});

const filterArb: fc.Arbitrary<SiteFilter> = fc.record({
  status: fc.uniqueArray(fc.constantFrom(...SITE_STATUSES), { maxLength: 3 }),
  kind: fc.uniqueArray(fc.constantFrom(...SITE_KINDS), { maxLength: 3 }),
  mun: fc.uniqueArray(fc.constantFrom('a-go', 'b-mo', 'z-go'), { maxLength: 2 }),
  minArea: maybe(num),
  maxArea: maybe(num),
  minFree: maybe(num),
  minMw: maybe(num),
  near: fc.dictionary(fc.constantFrom(...INFRA_KINDS), num, { maxKeys: 2 }),
  q: maybe(words),
  keepNoData: fc.boolean(),
});

describe('filter index', () => {
  it('gives exactly what applyFilter gives, in the same order, for any sites and filter', () => {
    fc.assert(
      fc.property(fc.array(siteArb, { maxLength: 60 }), filterArb, (sites, filter) => {
        expect(applyFilterIndex(buildFilterIndex(sites), filter)).toEqual(applyFilter(sites, filter));
      }),
      { numRuns: 400 },
    );
  });
});
