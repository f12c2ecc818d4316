// Legend entries per layer group: each names the layers it toggles and the swatches it shows.
import { INFRA_KINDS, SITE_STATUSES, type InfraKind } from '../domain/schema/vocabulary';
import { INFRA_KIND_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import { LAYER_GROUPS, POPULATION_BREAKS, VOLTAGE_CLASSES, voltageClass, type LayerGroup } from './layer-ids';
import type { Theme } from './theme';

export interface LegendItem {
  key: string;
  color: string;
  label: { ru: string; en: string };
  /** How the swatch is drawn: a dot for points, a stroke for lines, a square for areas. */
  shape?: 'circle' | 'line' | 'fill';
  /** Stroke width of a line swatch, px. */
  width?: number;
}

export interface LegendGroup {
  group: LayerGroup;
  layerIds: readonly string[];
  items: LegendItem[];
}

const LINE_KINDS = new Set<InfraKind>(['power_line', 'gas_pipeline', 'rail_line', 'road']);
const thousands = (n: number) => `${n / 1000}`;

export interface LegendOptions {
  /** Infrastructure kinds present in the region; only these get a swatch. */
  infraKinds: ReadonlySet<InfraKind>;
  /** Voltage classes present among power lines (kV). */
  voltages?: ReadonlySet<number>;
  /** The population shading is offered only where municipal polygons exist. */
  municipalPolygons?: boolean;
}

export function buildLegend(t: Theme, o: LegendOptions): LegendGroup[] {
  const infraItems: LegendItem[] = INFRA_KINDS.filter((k) => o.infraKinds.has(k)).flatMap((k): LegendItem[] => {
    if (k === 'power_line' && o.voltages?.size) {
      const present = new Set([...o.voltages].map((kv) => voltageClass(kv).kv));
      return VOLTAGE_CLASSES.filter((c) => present.has(c.kv)).map((c) => ({
        key: `power_line_${c.kv}`,
        color: t.infra.power_line,
        shape: 'line',
        width: c.width,
        label:
          c.kv > 0
            ? { ru: `ЛЭП ${c.kv} кВ${c.kv === 500 ? ' и выше' : ''}`, en: `Power line ${c.kv} kV${c.kv === 500 ? ' and above' : ''}` }
            : { ru: 'ЛЭП ниже 35 кВ или без данных', en: 'Power line below 35 kV or unknown' },
      }));
    }
    return [{ key: k, color: t.infra[k], label: INFRA_KIND_NAMES[k], shape: LINE_KINDS.has(k) ? 'line' : 'circle' }];
  });
  const groups: LegendGroup[] = [
    {
      group: 'sites',
      layerIds: LAYER_GROUPS.sites,
      items: SITE_STATUSES.map((s) => ({ key: s, color: t.status[s], label: SITE_STATUS_NAMES[s] })),
    },
    { group: 'infrastructure', layerIds: LAYER_GROUPS.infrastructure, items: infraItems },
    {
      group: 'municipalities',
      layerIds: LAYER_GROUPS.municipalities,
      items: [{ key: 'centre', color: t.municipality, label: { ru: 'Административный центр', en: 'Administrative centre' } }],
    },
  ];
  if (o.municipalPolygons) {
    groups.push({
      group: 'population',
      layerIds: LAYER_GROUPS.population,
      items: [
        ...POPULATION_BREAKS.map((b, i): LegendItem => {
          const next = POPULATION_BREAKS[i + 1];
          const ru = next ? `${thousands(b)}–${thousands(next)} тыс. чел.` : `от ${thousands(b)} тыс. чел.`;
          const en = next ? `${thousands(b)}–${thousands(next)} thousand` : `${thousands(b)} thousand and more`;
          return { key: `pop_${b}`, color: t.population[i]!, shape: 'fill', label: { ru, en } };
        }),
        { key: 'pop_unknown', color: '#ffffff', shape: 'fill', label: { ru: 'нет данных', en: 'no data' } },
      ],
    });
  }
  return groups;
}
