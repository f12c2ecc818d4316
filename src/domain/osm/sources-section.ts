// The dated SOURCES.md section of the OSM import: what was read, when, how, and the licence. One
// section per source: a re-import replaces it in place (with its new date) instead of adding one.
import type { InfraKind } from '../schema/infrastructure';
import type { MatchResult } from './boundaries';
import type { OsmQueryGroup } from './layers';

const HEADING = '## OpenStreetMap import';

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
  /** Features simplification shortened, and those too small to simplify (kept as they were). */
  simplified: number;
  keptWhole: number;
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
    `${HEADING}, ${s.importDate}`,
    '',
    `Source: ${s.origin}${s.dataDate ? `; OSM data as of ${s.dataDate}` : ''}. Written by \`npm run import:osm\`.`,
    `Licence: **${OSM_ATTRIBUTION}** (Open Database License 1.0, https://www.openstreetmap.org/copyright).`,
    'Attribution is required wherever the data or the map is shown, and a database derived from it',
    'must be offered under the ODbL too (share-alike).',
    '',
    `- \`${s.files.infrastructure}\`: ${kinds || 'no features'}.`,
    `  Lines and rings simplified with a tolerance of ${s.toleranceDeg}°, positions rounded to 6 decimals,`,
    `  geometry clipped to the region bbox: ${s.simplified} feature(s) simplified, ${s.keptWhole} too small to simplify kept as they were.`,
    `- \`${s.files.merged}\`: the curated infrastructure plus the OSM features (ids \`osm-<type>-<id>\`).`,
    `- \`${s.files.municipalities}\`: ${s.match.matched.length} municipality record(s) with their OSM boundary`,
    `  (${s.match.matched.map((m) => `${m.municipalityId} by ${m.by}`).join(', ') || 'none'});`,
    `  ${s.match.withoutBoundary.length} keep their point.`,
  ];
  if (s.match.refused.length) {
    const refused = s.match.refused.map((r) => `${r.osmId}${r.municipalityId ? ` (${r.municipalityId})` : ''}`);
    lines.push(`- Boundaries refused as incomplete in the data read (missing members or open rings): ${refused.join(', ')}.`);
  }
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
      if (q) lines.push(`${group}:`, '', '```', q, '```', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * SOURCES.md with the import's section in place of any earlier one (kept where it was, so a
 * re-import changes only that section), or appended when there was none.
 */
export function withSourcesSection(sources: string, section: string): string {
  const lines = sources.split('\n');
  const kept: string[] = [];
  let at: number | undefined;
  let inside = false;
  for (const line of lines) {
    if (line.startsWith('## ')) inside = line.startsWith(HEADING);
    if (inside) {
      at ??= kept.length;
      continue;
    }
    kept.push(line);
  }
  const body = section.trim().split('\n');
  if (at === undefined) return `${kept.join('\n').trimEnd()}\n\n${body.join('\n')}\n`;
  const before = kept.slice(0, at).join('\n').trimEnd();
  const after = kept.slice(at).join('\n').trim();
  return `${before}\n\n${body.join('\n')}\n${after ? `\n${after}\n` : ''}`;
}
