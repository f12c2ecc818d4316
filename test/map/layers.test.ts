// Invariants over the generated style: every layer's source exists, every legend entry toggles
// real layers, label fonts are served by the style itself, and the offline style is valid.
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../src/domain/data/build-region';
import { INFRA_KINDS } from '../../src/domain/schema/infrastructure';
import type { BuiltSiteFeature } from '../../src/domain/schema/derived';
import { buildLegend } from '../../src/map/layers';
import { LAYER_GROUPS, LAYER_IDS, SITE_HIT_LAYERS } from '../../src/map/layers';
import { buildProjectLayers } from '../../src/map/layers';
import { proposalLayers } from '../../src/map/layers/proposal';
import { contextLayers, deferredContextData } from '../../src/map/layers/context';
import { siteMapFeatures } from '../../src/map/map-features';
import { buildOfflineStyle, looksLikeStyle, mergeIntoBasemap } from '../../src/map/style';
import { LABEL_FONT, theme } from '../../src/map/theme';
import { fixtureRegionFiles, reader } from '../helpers/region-files';

const fonts = { cyrillic: 'http://localhost/c.woff2', latin: 'http://localhost/l.woff2' };
const empty = { type: 'FeatureCollection' as const, features: [] };
const data = { sites: empty, siteAreas: empty, infrastructure: empty, municipalities: empty };
const offline = buildOfflineStyle(theme, 'ru', fonts, data);

describe('offline style', () => {
  it('validates against the MapLibre style spec', () => {
    expect(validateStyleMin(offline).map((e) => e.message)).toEqual([]);
  });

  it('needs no glyph server: every label font is a bundled font face', () => {
    expect(offline.glyphs).toBeUndefined();
    const faces = Object.keys(offline['font-faces'] ?? {});
    for (const layer of offline.layers) {
      if (layer.type !== 'symbol') continue;
      expect(layer.layout?.['text-font']).toEqual([LABEL_FONT]);
      expect(faces).toContain(LABEL_FONT);
    }
  });

  it('points every layer at a source the style has', () => {
    for (const layer of offline.layers) {
      if ('source' in layer) expect(Object.keys(offline.sources)).toContain(layer.source);
    }
  });

  it('lets all layers of a type share one shader program: they agree on which paint properties vary per feature', () => {
    // MapLibre compiles a program per layer type and set of per-feature ("a_") paint properties;
    // each costs 20-70 ms of main thread before the first frame (docs/performance.md).
    const perFeatureProps = new Map<string, Set<string>>();
    // The proposal page draws its own layers over the same map.
    for (const layer of [...buildProjectLayers(theme, 'ru', {}), ...proposalLayers(), ...contextLayers(theme, 'ru')]) {
      if (!['circle', 'line', 'fill'].includes(layer.type) || !('paint' in layer) || !layer.paint) continue;
      const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${layer.type}`]!;
      const varying = Object.entries(layer.paint)
        .filter(([key, value]) => {
          const parsed = createPropertyExpression(value, key, spec[key] as never);
          return parsed.result === 'success' && (parsed.value.kind === 'source' || parsed.value.kind === 'composite');
        })
        .map(([key]) => key)
        .sort()
        .join(' ');
      const sets = perFeatureProps.get(layer.type) ?? new Set<string>();
      sets.add(varying);
      perFeatureProps.set(layer.type, sets);
    }
    expect(Object.fromEntries([...perFeatureProps].map(([type, sets]) => [type, sets.size]))).toEqual({ circle: 1, line: 1, fill: 1 });
  });

  it('draws the region context (outline, outside, neighbours, rivers, lakes) offline, under the project layers, and still validates', () => {
    const context = { outline: 'http://l/o.geojson', mask: 'http://l/m.geojson', neighbours: 'http://l/n.geojson', rivers: 'http://l/r.geojson', lakes: 'http://l/k.geojson' };
    const style = buildOfflineStyle(theme, 'ru', fonts, { ...data, context });
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('context-outline')).toBeLessThan(ids.indexOf('municipalities-fill'));
    expect(ids.indexOf('context-outside')).toBe(1); // right above the background
    // The region's shape comes with the style; the surroundings once the map is first idle
    // (create-map.ts), so the map's one worker parses the sites first.
    const sourceData = (id: string) => (style.sources[id] as { data: unknown }).data;
    expect([sourceData('parkatlas-context-outline'), sourceData('parkatlas-context-mask')]).toEqual([context.outline, context.mask]);
    for (const id of ['parkatlas-context-rivers', 'parkatlas-context-lakes', 'parkatlas-context-neighbours']) expect(sourceData(id)).toEqual({ type: 'FeatureCollection', features: [] });
    expect(deferredContextData(context).map(([, url]) => url).sort()).toEqual([context.lakes, context.neighbours, context.rivers].sort());
    // The online basemap draws its own surroundings: none of ours.
    const online = mergeIntoBasemap({ version: 8, sources: {}, layers: [] }, theme, 'ru', fonts, { ...data, context });
    expect(online.layers.some((l) => l.id.startsWith('context-'))).toBe(false);
  });

  it('reads tiled lines and boundaries from their vector sources, and still validates', () => {
    const tiled = buildOfflineStyle(theme, 'ru', fonts, {
      ...data,
      tiles: { infrastructure: 'pmtiles://http://localhost/i.pmtiles', municipalities: 'pmtiles://http://localhost/m.pmtiles' },
    });
    expect(validateStyleMin(tiled).map((e) => e.message)).toEqual([]);
    const layer = (id: string) => tiled.layers.find((l) => l.id === id) as { source: string; 'source-layer'?: string };
    for (const id of [LAYER_IDS.municipalitiesFill, LAYER_IDS.municipalitiesPopulation, LAYER_IDS.municipalitiesLine]) {
      expect(layer(id)).toMatchObject({ source: 'parkatlas-municipalities-tiles', 'source-layer': 'municipalities' });
    }
    expect(layer(LAYER_IDS.infraLine)).toMatchObject({ source: 'parkatlas-infrastructure-tiles', 'source-layer': 'infrastructure' });
    // Points and labels stay on the GeoJSON sources the app fills.
    expect(layer(LAYER_IDS.infraPoint).source).toBe('parkatlas-infrastructure');
    expect(layer(LAYER_IDS.municipalitiesLabel).source).toBe('parkatlas-municipalities');
    expect(tiled.sources['parkatlas-infrastructure-tiles']).toEqual({ type: 'vector', url: 'pmtiles://http://localhost/i.pmtiles' });
    expect(offline.sources['parkatlas-infrastructure-tiles']).toBeUndefined();
  });

  it('labels in the chosen language', () => {
    const en = buildOfflineStyle(theme, 'en', fonts, data);
    const label = en.layers.find((l) => l.id === LAYER_IDS.sitesLabel);
    expect(label?.type === 'symbol' && label.layout?.['text-field']).toEqual(['get', 'nameEn']);
  });
});

describe('layer ids, groups and legend', () => {
  const layerIds = buildProjectLayers(theme, 'ru').map((l) => l.id);

  it('has unique ids and every grouped or clickable id is a real layer', () => {
    expect(new Set(layerIds).size).toBe(layerIds.length);
    for (const id of [...Object.values(LAYER_GROUPS).flat(), ...SITE_HIT_LAYERS]) expect(layerIds).toContain(id);
    expect(Object.values(LAYER_GROUPS).flat().sort()).toEqual([...layerIds].sort());
  });

  it('gives every legend group layers that exist, and infra swatches only for kinds present', () => {
    const legend = buildLegend(theme, { infraKinds: new Set(['airport', 'substation'] as const) });
    for (const g of legend) for (const id of g.layerIds) expect(layerIds).toContain(id);
    expect(legend.find((g) => g.group === 'infrastructure')?.items.map((i) => i.key)).toEqual(['substation', 'airport']);
    expect(Object.keys(theme.infra).sort()).toEqual([...INFRA_KINDS].sort());
  });

  it('draws sites above infrastructure above municipalities', () => {
    const at = (id: string) => layerIds.indexOf(id);
    expect(at(LAYER_IDS.municipalitiesFill)).toBeLessThan(at(LAYER_IDS.infraPoint));
    expect(at(LAYER_IDS.infraPoint)).toBeLessThan(at(LAYER_IDS.sitesPoint));
    expect(at(LAYER_IDS.sitesPoint)).toBeLessThan(at(LAYER_IDS.sitesLabel));
  });
});

describe('online basemap merge', () => {
  const basemap: StyleSpecification = {
    version: 8,
    glyphs: 'https://example.invalid/{fontstack}/{range}.pbf',
    sources: { base: { type: 'vector', url: 'https://example.invalid/tiles.json' } },
    layers: [{ id: 'base-bg', type: 'background' }],
  };

  it('keeps the basemap below and adds every project layer, source and font on top', () => {
    const merged = mergeIntoBasemap(basemap, theme, 'ru', fonts, data);
    expect(merged.layers[0]?.id).toBe('base-bg');
    expect(merged.layers.slice(1).map((l) => l.id)).toEqual(offline.layers.slice(1).map((l) => l.id));
    expect(Object.keys(merged.sources)).toEqual(['base', ...Object.keys(offline.sources)]);
    expect(merged['font-faces']?.[LABEL_FONT]).toBeDefined();
  });

  it('refuses what is not a style (an SPA host answering HTML as JSON, a 404 object)', () => {
    expect(looksLikeStyle({ error: 'not found' })).toBe(false);
    expect(looksLikeStyle(null)).toBe(false);
    expect(looksLikeStyle(basemap)).toBe(true);
  });
});

describe('site map features', () => {
  const sites = (buildRegion(reader(fixtureRegionFiles())).outputs!['sites.geojson'] as { features: BuiltSiteFeature[] }).features;
  it('hold one feature per site, drawn at the fanned-out display point, with flat names', () => {
    const fc = siteMapFeatures(sites);
    expect(fc.features).toHaveLength(sites.length);
    const positions = new Set(fc.features.map((f) => JSON.stringify(f.geometry)));
    expect(positions.size).toBe(sites.length);
    expect(fc.features[0]?.properties).toMatchObject({ nameRu: sites[0]!.properties.name.ru, status: sites[0]!.properties.status });
  });
});

describe('legend for imported networks and boundaries', () => {
  it('shows power lines by voltage class and other lines as strokes', () => {
    const legend = buildLegend(theme, {
      infraKinds: new Set(['power_line', 'rail_line', 'substation'] as const),
      voltages: new Set([500, 110, 10, 0]),
    });
    const infra = legend.find((g) => g.group === 'infrastructure')!.items;
    expect(infra.map((i) => i.key)).toEqual(['substation', 'power_line_500', 'power_line_110', 'power_line_0', 'rail_line']);
    expect(infra.find((i) => i.key === 'rail_line')?.shape).toBe('line');
    expect(infra.find((i) => i.key === 'power_line_500')?.width).toBeGreaterThan(infra.find((i) => i.key === 'power_line_110')!.width!);
  });

  it('offers the population shading only where municipal polygons exist, with a no-data class', () => {
    expect(buildLegend(theme, { infraKinds: new Set() }).map((g) => g.group)).not.toContain('population');
    const withPolygons = buildLegend(theme, { infraKinds: new Set(), municipalPolygons: true });
    const population = withPolygons.find((g) => g.group === 'population')!;
    expect(population.layerIds).toEqual([LAYER_IDS.municipalitiesPopulation]);
    expect(population.items.at(-1)?.label).toEqual({ message: 'noData' });
  });
});
