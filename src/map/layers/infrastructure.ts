// Infrastructure: lines (power lines by voltage class, gas dashed), points, labels; and their legend.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { INFRA_KINDS, LINE_KINDS, NOT_BUILT, type InfraKind } from '../../domain/schema/vocabulary';
import type { Lang } from '../../i18n/lang';
import { LABEL_FONT, type Theme } from '../theme';
import { planRing } from './roadmap';
import { halo, isLine, isPoint, labelField, matchColor, perFeature, SOLID, type LegendItem, type TiledLayers } from './common';

export const INFRA_SOURCES = {
  infrastructure: 'parkatlas-infrastructure',
  /** Vector tiles (PMTiles) of a big region's lines. */
  infrastructureTiles: 'parkatlas-infrastructure-tiles',
} as const;

export const INFRA_LAYERS = {
  infraLine: 'infrastructure-line',
  infraPoint: 'infrastructure-point',
  infraLabel: 'infrastructure-label',
} as const;

/** The layer name inside the .pmtiles file (scripts/tiles/write-map-files.ts writes the same). */
export const INFRA_TILE_LAYER = 'infrastructure';

/** Power line classes by voltage (kV, highest first) and their line width (px); below 35 kV: 1 px. */
export const VOLTAGE_CLASSES = [
  { kv: 500, width: 3.6 },
  { kv: 220, width: 2.8 },
  { kv: 110, width: 2 },
  { kv: 35, width: 1.5 },
  { kv: 0, width: 1 },
] as const;

/** The class a line of `kv` falls in (unknown voltage: the lowest). */
export const voltageClass = (kv: number) => VOLTAGE_CLASSES.find((c) => kv >= c.kv) ?? VOLTAGE_CLASSES[VOLTAGE_CLASSES.length - 1]!;

// Widths by voltage class, lowest class first as `step` wants it.
const ascending = [...VOLTAGE_CLASSES].reverse();
const voltageWidth = ['step', ['get', 'voltage'], ascending[0]!.width, ...ascending.slice(1).flatMap((c) => [c.kv, c.width])] as unknown as ExpressionSpecification;

/** Not built yet (vocabulary.ts NOT_BUILT): drawn hollow. */
const notBuiltOr = (notBuilt: unknown, built: unknown) => ['match', ['get', 'status'], [...NOT_BUILT], notBuilt, built] as unknown as ExpressionSpecification;

export function infrastructureLayers(t: Theme, lang: Lang, tiled: TiledLayers): LayerSpecification[] {
  // Lines read the tiles when tiled; points and labels stay GeoJSON.
  const lines = tiled.infrastructure
    ? { source: INFRA_SOURCES.infrastructureTiles, 'source-layer': INFRA_TILE_LAYER }
    : { source: INFRA_SOURCES.infrastructure };
  const infraColor = matchColor('kind', INFRA_KINDS, t.infra, t.infraUnknown);
  return [
    {
      id: INFRA_LAYERS.infraLine,
      ...lines,
      type: 'line',
      filter: isLine,
      paint: {
        'line-color': infraColor,
        // Power lines by voltage: 500 kV thickest; other lines by kind.
        'line-width': ['case', ['==', ['get', 'kind'], 'power_line'], voltageWidth, ['==', ['get', 'kind'], 'road'], 2, 1.6],
        'line-dasharray': ['case', ['==', ['get', 'kind'], 'gas_pipeline'], ['literal', [2, 1]], ['literal', SOLID]],
      },
    },
    {
      id: INFRA_LAYERS.infraPoint,
      type: 'circle',
      source: INFRA_SOURCES.infrastructure,
      filter: isPoint,
      paint: {
        'circle-radius': perFeature(4.5),
        // Not built yet: a ring of the kind's colour around an empty middle.
        'circle-color': notBuiltOr(t.halo, infraColor),
        'circle-opacity': perFeature(1),
        ...planRing(t, { color: notBuiltOr(infraColor, t.halo), width: notBuiltOr(2, 1) }),
      },
    },
    {
      id: INFRA_LAYERS.infraLabel,
      type: 'symbol',
      source: INFRA_SOURCES.infrastructure,
      minzoom: 8,
      layout: {
        'text-field': labelField(lang),
        'text-font': [LABEL_FONT],
        'text-size': 10,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: halo(t),
    },
  ];
}

export interface InfraLegendOptions {
  /** Infrastructure kinds present in the region; only these get a swatch. */
  infraKinds: ReadonlySet<InfraKind>;
  /** Voltage classes present among power lines (kV). */
  voltages?: ReadonlySet<number>;
  /** Some infrastructure is planned or being built: the hollow marker gets a key. */
  notBuilt?: boolean;
}

export function infrastructureLegend(t: Theme, o: InfraLegendOptions): LegendItem[] {
  const kinds = INFRA_KINDS.filter((k) => o.infraKinds.has(k)).flatMap((k): LegendItem[] => {
    if (k === 'power_line' && o.voltages?.size) {
      const present = new Set([...o.voltages].map((kv) => voltageClass(kv).kv));
      const top = VOLTAGE_CLASSES[0].kv;
      return VOLTAGE_CLASSES.filter((c) => present.has(c.kv)).map((c) => ({
        key: `power_line_${c.kv}`,
        color: t.infra.power_line,
        shape: 'line',
        width: c.width,
        label:
          c.kv === 0
            ? { message: 'legendPowerLineLow' }
            : { message: c.kv === top ? 'legendPowerLineTop' : 'legendPowerLine', params: { kv: c.kv } },
      }));
    }
    return [{ key: k, color: t.infra[k], label: { infraKind: k }, shape: LINE_KINDS.has(k) ? 'line' : 'circle' }];
  });
  const notBuilt: LegendItem[] = o.notBuilt ? [{ key: 'not_built', color: t.infraUnknown, shape: 'ring', label: { message: 'legendInfraNotBuilt' } }] : [];
  return [...kinds, ...notBuilt];
}
