// The plan rings, evaluated by MapLibre's own expression engine on the properties the map files
// carry: the colour a reader sees around a marker in each roadmap year.
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { infraMapFeatures, siteMapFeatures } from '../../src/map/map-features';
import { planRing, roadmapProps } from '../../src/map/layers/roadmap';
import { theme } from '../../src/map/theme';
import type { BuiltSiteFeature } from '../../src/domain/schema/derived';
import type { InfraFeature } from '../../src/domain/schema/infrastructure';

const SPEC = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>).paint_circle!;
const HALO = '#fafafa';

/** The ring's colour and width around a feature with `properties` when the map shows `year`. */
function ringIn(properties: Record<string, unknown>, year: number) {
  const ring = planRing(theme, { color: HALO, width: 2 });
  const evaluate = (key: 'circle-stroke-color' | 'circle-stroke-width') => {
    const parsed = createPropertyExpression(ring[key], key, SPEC[key]!, { roadmapYear: year });
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    return parsed.value.evaluate({ zoom: 10 }, { type: 1, properties } as never);
  };
  const color = evaluate('circle-stroke-color') as { toString(): string };
  return { color: color.toString(), width: evaluate('circle-stroke-width') };
}
const rgba = (hex: string) => {
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return `rgba(${n(1)},${n(3)},${n(5)},1)`;
};

const pipeline = { date: '2028/2029', kind: 'planned_commissioning' as const, text: { ru: 'Газопровод' }, sources: [] };
const stage = { date: '2024/2031', kind: 'planned_works' as const, text: { ru: 'Первая очередь' }, sources: [] };

describe('the roadmap rings on the map', () => {
  it("rings a site's marker when its plan is due in the year, another colour once past due, and none before", () => {
    const props = roadmapProps([pipeline]);
    expect(ringIn(props, 2027)).toEqual({ color: rgba(HALO), width: 2 });
    expect(ringIn(props, 2028)).toEqual({ color: rgba(theme.plan.due), width: 3.5 });
    expect(ringIn(props, 2029)).toEqual({ color: rgba(theme.plan.due), width: 3.5 });
    expect(ringIn(props, 2031)).toEqual({ color: rgba(theme.plan.pastDue), width: 3.5 });
  });

  it('shows the most pressing of several plans, and none once the commissioning is recorded', () => {
    // The stage runs to 2031; the pipeline's date has passed in 2030: past due wins.
    expect(ringIn(roadmapProps([stage, pipeline]), 2030).color).toBe(rgba(theme.plan.pastDue));
    expect(ringIn(roadmapProps([stage, pipeline]), 2026).color).toBe(rgba(theme.plan.due));
    const commissioned = { date: '2030-06', kind: 'commissioned' as const, text: { ru: 'Введён' }, sources: [] };
    const built = roadmapProps([pipeline, commissioned]);
    expect(ringIn(built, 2029).color).toBe(rgba(theme.plan.due));
    expect(ringIn(built, 2031)).toEqual({ color: rgba(HALO), width: 2 });
  });

  it('leaves a feature with no plan as it was, in any year', () => {
    expect(roadmapProps(undefined)).toEqual({});
    for (const year of [1950, 2026, 2100]) expect(ringIn({}, year)).toEqual({ color: rgba(HALO), width: 2 });
  });

  it('is written into the map features of sites and infrastructure', () => {
    const site = { properties: { id: 's', name: { ru: 'С' }, status: 'planned', kind: 'sez', locationPrecision: 'exact', events: [pipeline], derived: { displayPoint: [86, 55] } } };
    const [siteFeature] = siteMapFeatures([site as unknown as BuiltSiteFeature]).features;
    expect(ringIn(siteFeature!.properties!, 2029).color).toBe(rgba(theme.plan.due));
    const grs = { type: 'Feature', geometry: { type: 'Point', coordinates: [86, 55] }, properties: { id: 'g', name: { ru: 'ГРС' }, kind: 'gas_distribution_station', status: 'existing', events: [{ ...pipeline, kind: 'planned_works' }] } };
    const [infraFeature] = infraMapFeatures([grs as unknown as InfraFeature]).features;
    expect(ringIn(infraFeature!.properties!, 2031).color).toBe(rgba(theme.plan.pastDue));
  });
});
