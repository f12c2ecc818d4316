// Layers of the proposal page: the proposed boundary and the places of its problems.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';

export const PROPOSAL_SOURCES = { proposal: 'proposal', issues: 'proposal-issues', warmup: 'proposal-warmup' } as const;
export const PROPOSAL_LAYERS = {
  fill: 'proposal-fill',
  outline: 'proposal-outline',
  issues: 'proposal-issues',
} as const;

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * MapLibre compiles a layer type's shaders the first time it draws one: for the first boundary
 * that is a ~100-200 ms main-thread task (software GL) in the middle of checking a file. A
 * barely visible copy of the region's outline, drawn from the start, pays it while the page loads.
 */
export const proposalSources = (regionBbox: [number, number, number, number]): Record<string, SourceSpecification> => {
  const [w, s, e, n] = regionBbox;
  const outline: FeatureCollection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }],
  };
  return {
    [PROPOSAL_SOURCES.warmup]: { type: 'geojson', data: outline },
    [PROPOSAL_SOURCES.proposal]: { type: 'geojson', data: empty },
    [PROPOSAL_SOURCES.issues]: { type: 'geojson', data: empty },
  };
};

export const proposalLayers = (): LayerSpecification[] => [
  { id: 'proposal-warmup-fill', type: 'fill', source: PROPOSAL_SOURCES.warmup, paint: { 'fill-color': '#8e44ad', 'fill-opacity': 0.01 } },
  { id: 'proposal-warmup-line', type: 'line', source: PROPOSAL_SOURCES.warmup, paint: { 'line-color': '#6c3483', 'line-width': 2.5, 'line-opacity': 0.01 } },
  {
    id: PROPOSAL_LAYERS.fill,
    type: 'fill',
    source: PROPOSAL_SOURCES.proposal,
    paint: { 'fill-color': '#8e44ad', 'fill-opacity': 0.25 },
  },
  {
    id: PROPOSAL_LAYERS.outline,
    type: 'line',
    source: PROPOSAL_SOURCES.proposal,
    paint: { 'line-color': '#6c3483', 'line-width': 2.5 },
  },
  {
    id: PROPOSAL_LAYERS.issues,
    type: 'circle',
    source: PROPOSAL_SOURCES.issues,
    paint: {
      'circle-radius': ['case', ['==', ['get', 'severity'], 'error'], 9, 7],
      'circle-color': ['case', ['==', ['get', 'severity'], 'error'], '#d62728', '#e08214'],
      'circle-opacity': 0.85,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  },
];
