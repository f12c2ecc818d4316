// The selected and the hovered site: rings drawn above everything, so clusters never hide them.
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme';
import { perFeature } from './common';

export const HIGHLIGHT_SOURCES = { highlight: 'parkatlas-highlight' } as const;
export const HIGHLIGHT_LAYERS = { highlight: 'sites-highlight' } as const;

export const highlightLayers = (t: Theme): LayerSpecification[] => [
  {
    id: HIGHLIGHT_LAYERS.highlight,
    type: 'circle',
    source: HIGHLIGHT_SOURCES.highlight,
    paint: {
      'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 13, 11],
      'circle-color': perFeature(t.transparent),
      'circle-opacity': perFeature(1),
      'circle-stroke-color': perFeature(t.selected),
      'circle-stroke-width': ['case', ['==', ['get', 'role'], 'selected'], 3, 2],
    },
  },
];
