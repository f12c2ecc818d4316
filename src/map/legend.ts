// Legend entries per layer group: each names the layers it toggles and the swatches it shows.
import { INFRA_KINDS, type InfraKind } from '../domain/schema/infrastructure';
import { SITE_STATUSES } from '../domain/schema/site';
import { INFRA_KIND_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import { LAYER_GROUPS, type LayerGroup } from './layer-ids';
import type { Theme } from './theme';

export interface LegendItem {
  key: string;
  color: string;
  label: { ru: string; en: string };
}

export interface LegendGroup {
  group: LayerGroup;
  layerIds: readonly string[];
  items: LegendItem[];
}

/** Infrastructure swatches only for kinds the region actually has. */
export function buildLegend(t: Theme, presentInfraKinds: ReadonlySet<InfraKind>): LegendGroup[] {
  return [
    {
      group: 'sites',
      layerIds: LAYER_GROUPS.sites,
      items: SITE_STATUSES.map((s) => ({ key: s, color: t.status[s], label: SITE_STATUS_NAMES[s] })),
    },
    {
      group: 'infrastructure',
      layerIds: LAYER_GROUPS.infrastructure,
      items: INFRA_KINDS.filter((k) => presentInfraKinds.has(k)).map((k) => ({
        key: k,
        color: t.infra[k],
        label: INFRA_KIND_NAMES[k],
      })),
    },
    {
      group: 'municipalities',
      layerIds: LAYER_GROUPS.municipalities,
      items: [{ key: 'centre', color: t.municipality, label: { ru: 'Административный центр', en: 'Administrative centre' } }],
    },
  ];
}
