// Colours by role. Status colours are ColorBrewer-like and distinguishable for common colour
// blindness when paired with the legend's text; every colour here is also named in the legend.
import type { SiteStatus } from '../domain/schema/site';
import type { InfraKind } from '../domain/schema/infrastructure';

export const theme = {
  background: '#eef0ea',
  water: '#7fb0d8',
  /** The region in its surroundings (offline basemap): outside dimmed, neighbours, the outline. */
  context: { outside: '#c9ccc4', neighbour: '#7d8791', outline: '#46505a' },
  text: '#1f2a33',
  halo: '#ffffff',
  municipality: '#6b7785',
  municipalityFill: 'rgba(107, 119, 133, 0.06)',
  selected: '#111111',
  transparent: 'rgba(0, 0, 0, 0)',
  /** Sequential ramp for the population choropleth (light to dark), and "no data". */
  population: ['#f1eef6', '#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe'],
  populationUnknown: 'rgba(0, 0, 0, 0)',
  status: {
    operating: '#1a9850',
    under_construction: '#e08214',
    planned: '#3b6fd8',
    proposed: '#8e44ad',
    unknown: '#7f8c8d',
  } satisfies Record<SiteStatus, string>,
  infra: {
    power_plant: '#c0392b',
    substation: '#e8590c',
    power_line: '#e8590c',
    gas_pipeline: '#d4a017',
    gas_distribution_station: '#d4a017',
    water_intake: '#1c7ed6',
    water_treatment: '#0b7285',
    rail_line: '#495057',
    rail_station: '#495057',
    road: '#868e96',
    airport: '#5f3dc4',
  } satisfies Record<InfraKind, string>,
  /** Rings of markers whose plan is due in the roadmap year, or past due with no completion recorded. */
  plan: { due: '#f2c200', pastDue: '#d6281d' },
  /** A kind the style does not know (newer data than the app). */
  infraUnknown: '#666666',
  /** The proposal page: the proposed boundary and its problems' markers. */
  proposal: { fill: '#8e44ad', outline: '#6c3483', error: '#d62728', warning: '#e08214' },
} as const;

export type Theme = typeof theme;

/** The face every label uses; served from the app (see style.ts), so no glyph server is needed. */
export const LABEL_FONT = 'ParkAtlas Sans Regular';
