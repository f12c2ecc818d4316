// The dated SOURCES.md section each import appends: what was read, when, how, and the licence.
import type { InfraKind } from '../schema/infrastructure';
import type { MatchResult } from './boundaries';
import type { OsmQueryGroup } from './tag-map';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL';

export interface SourcesSectionInput {
  importDate: string;
  /** The date the OSM data describes (Overpass `timestamp_osm_base`), when known. */
  dataDate?: string;
  /** "Overpass API at <url>" or "saved file <name>". */
  origin: string;
  queries?: Partial<Record<OsmQueryGroup, string>>;
  /** True when the queries were sent now; false when a saved file was read. */
  live: boolean;
  toleranceDeg: number;
  byKind: Partial<Record<InfraKind, number>>;
  match: MatchResult;
  files: { infrastructure: string; merged: string; municipalities: string };
}

export function sourcesSection(s: SourcesSectionInput): string {
  const kinds = Object.entries(s.byKind)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const lines = [
    '',
    `## OpenStreetMap import, ${s.importDate}`,
    '',
    `Source: ${s.origin}${s.dataDate ? `; OSM data as of ${s.dataDate}` : ''}. Written by \`npm run import:osm\`.`,
    `Licence: **${OSM_ATTRIBUTION}** (Open Database License 1.0, https://www.openstreetmap.org/copyright).`,
    'Attribution is required wherever the data or the map is shown, and a database derived from it',
    'must be offered under the ODbL too (share-alike).',
    '',
    `- \`${s.files.infrastructure}\`: ${kinds || 'no features'}.`,
    `  Lines and rings simplified with a tolerance of ${s.toleranceDeg}°, positions rounded to 6 decimals,`,
    '  geometry clipped to the region bbox.',
    `- \`${s.files.merged}\`: the curated infrastructure plus the OSM features (ids \`osm-<type>-<id>\`).`,
    `- \`${s.files.municipalities}\`: ${s.match.matched.length} municipality record(s) with their OSM boundary`,
    `  (${s.match.matched.map((m) => `${m.municipalityId} by ${m.by}`).join(', ') || 'none'});`,
    `  ${s.match.withoutBoundary.length} keep their point.`,
  ];
  if (s.match.unmatched.length) {
    lines.push(`- OSM boundaries matching no record: ${s.match.unmatched.join('; ')}.`);
  }
  if (s.queries && Object.keys(s.queries).length) {
    lines.push(
      '',
      s.live ? 'Overpass queries sent:' : 'The file was not queried now; these are the queries the import sends, for reference:',
      '',
    );
    for (const [group, q] of Object.entries(s.queries)) {
      lines.push(`${group}:`, '', '```', q, '```', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
