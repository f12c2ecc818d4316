// The context layers' file names, in the region's `context/` folder and beside the built data.
export const CONTEXT_FILES = {
  outline: 'context/outline.geojson',
  /** The world outside the region, for dimming it: a box with the region cut out. */
  mask: 'context/mask.geojson',
  neighbours: 'context/neighbours.geojson',
  rivers: 'context/rivers.geojson',
  lakes: 'context/lakes.geojson',
} as const;
export type ContextLayer = keyof typeof CONTEXT_FILES;
