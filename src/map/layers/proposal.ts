// Layers of the proposal page: the proposed boundary and the places of its problems.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { theme } from '../theme';
import { perFeature } from './common';

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
 * Paint is read per feature as in the project layers (common.ts, perFeature), so the proposal,
 * its issue markers and the warm-up share the programs the map has already compiled.
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

const t = theme.proposal;

export const proposalLayers = (): LayerSpecification[] => [
  { id: 'proposal-warmup-fill', type: 'fill', source: PROPOSAL_SOURCES.warmup, paint: fillPaint(0.01) },
  { id: 'proposal-warmup-line', type: 'line', source: PROPOSAL_SOURCES.warmup, paint: { ...linePaint, 'line-opacity': 0.01 } },
  { id: PROPOSAL_LAYERS.fill, type: 'fill', source: PROPOSAL_SOURCES.proposal, paint: fillPaint(0.25) },
  { id: PROPOSAL_LAYERS.outline, type: 'line', source: PROPOSAL_SOURCES.proposal, paint: linePaint },
  {
    id: PROPOSAL_LAYERS.issues,
    type: 'circle',
    source: PROPOSAL_SOURCES.issues,
    paint: {
      'circle-radius': ['case', ['==', ['get', 'severity'], 'error'], 9, 7],
      'circle-color': ['case', ['==', ['get', 'severity'], 'error'], t.error, t.warning],
      'circle-opacity': perFeature(0.85),
      'circle-stroke-color': perFeature(theme.halo),
      'circle-stroke-width': perFeature(2),
    },
  },
];

const fillPaint = (opacity: number) => ({ 'fill-color': perFeature(t.fill), 'fill-opacity': perFeature(opacity), 'fill-antialias': false });
const linePaint = { 'line-color': perFeature(t.outline), 'line-width': perFeature(2.5), 'line-dasharray': perFeature([1, 0]) };
