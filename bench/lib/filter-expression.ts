// A SiteFilter as one MapLibre expression over flat, precomputed feature properties: what the
// map would need to filter with `setFilter` instead of re-sending the filtered features. Same
// semantics as src/domain/filters.ts `applyFilter` (checked against it by the map-filter benchmark).
import type { ExpressionSpecification } from 'maplibre-gl';
import { normalizeText, type FilterableSite, type SiteFilter } from '../../src/domain/filters';
import type { InfraKind } from '../../src/domain/schema/infrastructure';

/** Property names on the map features (absent property = no data). */
export const FILTER_PROPS = {
  status: 'status',
  kind: 'kind',
  mun: 'mun',
  area: 'areaHa',
  free: 'freeHa',
  mw: 'mw',
  near: (k: InfraKind) => `near_${k}`,
  text: 'text',
} as const;

/** The flat properties `filterExpression` reads, from a FilterableSite. */
export function filterProperties(s: FilterableSite): Record<string, string | number> {
  const p: Record<string, string | number> = { mun: s.municipalityId, text: s.text };
  if (s.areaHa !== undefined) p.areaHa = s.areaHa;
  if (s.freeAreaHa !== undefined) p.freeHa = s.freeAreaHa;
  if (s.electricityMw !== undefined) p.mw = s.electricityMw;
  for (const [k, km] of Object.entries(s.nearestKm) as [InfraKind, number][]) p[FILTER_PROPS.near(k)] = km;
  return p;
}

const oneOf = (prop: string, values: readonly string[]): ExpressionSpecification =>
  ['match', ['get', prop], [...values], true, false] as unknown as ExpressionSpecification;

function numberIn(prop: string, keep: boolean, min?: number, max?: number): ExpressionSpecification {
  const tests: ExpressionSpecification[] = [];
  if (min !== undefined) tests.push(['>=', ['to-number', ['get', prop]], min]);
  if (max !== undefined) tests.push(['<=', ['to-number', ['get', prop]], max]);
  const test: ExpressionSpecification = tests.length === 1 ? tests[0]! : ['all', ...tests];
  return ['case', ['has', prop], test, keep];
}

/** undefined when the filter lets every site through. */
export function filterExpression(f: SiteFilter): ExpressionSpecification | undefined {
  const all: ExpressionSpecification[] = [];
  if (f.status.length) all.push(oneOf(FILTER_PROPS.status, f.status));
  if (f.kind.length) all.push(oneOf(FILTER_PROPS.kind, f.kind));
  if (f.mun.length) all.push(oneOf(FILTER_PROPS.mun, f.mun));
  if (f.minArea !== undefined || f.maxArea !== undefined) all.push(numberIn(FILTER_PROPS.area, f.keepNoData, f.minArea, f.maxArea));
  if (f.minFree !== undefined) all.push(numberIn(FILTER_PROPS.free, f.keepNoData, f.minFree));
  if (f.minMw !== undefined) all.push(numberIn(FILTER_PROPS.mw, f.keepNoData, f.minMw));
  for (const [k, km] of Object.entries(f.near) as [InfraKind, number][]) all.push(numberIn(FILTER_PROPS.near(k), f.keepNoData, undefined, km));
  if (f.q) {
    for (const w of normalizeText(f.q).split(' ').filter(Boolean)) all.push(['in', w, ['get', FILTER_PROPS.text]]);
  }
  if (all.length === 0) return undefined;
  return all.length === 1 ? all[0] : ['all', ...all];
}
