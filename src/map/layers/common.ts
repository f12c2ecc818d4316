// What every layer module shares: geometry filters, per-feature paint, labels, legend items.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { InfraKind, SiteStatus } from '../../domain/schema/vocabulary';
import type { Lang } from '../../i18n/lang';
import type { Theme } from '../theme';

export const isPolygon: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
export const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/** The flat label property the map features carry for each language (see map-features.ts). */
export const labelField = (lang: Lang): ExpressionSpecification => ['get', lang === 'en' ? 'nameEn' : 'nameRu'];

export function matchColor(property: string, values: readonly string[], colors: Record<string, string>, fallback: string) {
  return ['match', ['get', property], ...values.flatMap((v) => [v, colors[v]!]), fallback] as unknown as ExpressionSpecification;
}

/**
 * The same value for every feature, but read per feature. MapLibre compiles one shader program
 * per layer type and combination of per-feature and per-layer paint properties: when all circle
 * (line, fill) layers vary the same properties per feature, they share one program. Each program
 * is compiled on the main thread before the first frame that needs it: 20–70 ms each in software
 * GL, and phones are slow at it too (docs/performance.md, first map). `_` is never a property.
 */
export const perFeature = (value: string | number | number[]): ExpressionSpecification =>
  ['coalesce', ['get', '_'], Array.isArray(value) ? ['literal', value] : value] as unknown as ExpressionSpecification;
export const SOLID: number[] = [1, 0];

export const halo = (t: Theme) => ({ 'text-color': t.text, 'text-halo-color': t.halo, 'text-halo-width': 1.5 });

/** Which context layers come from vector tiles (big regions) rather than GeoJSON. */
export interface TiledLayers {
  infrastructure?: boolean;
  municipalities?: boolean;
}

/**
 * A legend label is never text here: a message key (with numbers to fill in) or a value of the
 * data model's vocabularies. src/components/legend.tsx words it in the reader's language.
 */
export type LegendLabel =
  | { message: string; params?: Record<string, number> }
  | { status: SiteStatus }
  | { infraKind: InfraKind };

export interface LegendItem {
  key: string;
  color: string;
  label: LegendLabel;
  /** How the swatch is drawn: a dot for points, a stroke for lines, a square for areas. */
  shape?: 'circle' | 'line' | 'fill' | 'ring';
  /** Stroke width of a line swatch, px. */
  width?: number;
}
