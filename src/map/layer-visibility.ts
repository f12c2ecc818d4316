// Which layer groups the map shows (the legend's toggles, the link's `layers=`): one rule for the
// first map and the app's.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_GROUPS, type LayerGroup } from './layers';

export function showLayerGroups(map: MapLibreMap, visible: ReadonlySet<LayerGroup>): void {
  for (const [group, ids] of Object.entries(LAYER_GROUPS)) {
    const visibility = visible.has(group as LayerGroup) ? 'visible' : 'none';
    for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
  }
}
