// A PNG of what the map shows, for the printed factsheet. Read inside the `render` event, while
// the frame is still in the drawing buffer (no preserveDrawingBuffer cost on every frame).
import type { Map as MapLibreMap } from 'maplibre-gl';

export function snapshot(map: MapLibreMap): Promise<string> {
  return new Promise((resolve) => {
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
}
