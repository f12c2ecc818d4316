// What the import tells the maintainer at the end: how many boundaries were complete, refused
// and unmatched, which municipalities keep their point and why, and what simplification did.
import type { MatchResult, RefusedBoundary } from '../../src/domain/osm/boundaries';
import type { ConvertStats } from '../../src/domain/osm/convert';

/** "1 of 7 member ways missing", "2 ways missing nodes", "a ring does not close". */
export function refusalReason(r: RefusedBoundary): string {
  const c = r.completeness;
  const parts: string[] = [];
  if (c.memberWays === 0) parts.push('no member ways');
  if (c.missingWays) parts.push(`${c.missingWays} of ${c.memberWays} member ways missing`);
  if (c.waysMissingNodes) parts.push(`${c.waysMissingNodes} member way(s) missing nodes`);
  if (!c.missingWays && !c.waysMissingNodes && c.openEnds) parts.push(`rings do not close (${c.openEnds} open ends)`);
  return parts.join(', ') || 'no polygon could be built';
}

export function boundarySummary(match: MatchResult, stats: ConvertStats): string[] {
  const complete = stats.boundariesComplete;
  const lines = [
    `Boundaries: ${stats.boundaries} read, ${complete} complete (${match.matched.length} matched), ` +
      `${match.refused.length} refused as incomplete, ${match.unmatched.length} complete but unmatched.`,
  ];
  const byName = (r: RefusedBoundary) => `${r.name || '(no name)'} (${r.osmId})`;
  const forRecords = match.refused.filter((r) => r.municipalityId);
  if (forRecords.length) {
    lines.push(`Refused, so these municipalities keep their centre point (${forRecords.length}):`);
    for (const r of forRecords) lines.push(`  ${r.municipalityId}: ${byName(r)}: ${refusalReason(r)}`);
  }
  const others = match.refused.filter((r) => !r.municipalityId);
  if (others.length) {
    lines.push(`Refused, matching no municipality (${others.length}):`);
    for (const r of others) lines.push(`  ${byName(r)}: ${refusalReason(r)}`);
  }
  if (match.unmatched.length) lines.push(`Unmatched OSM boundaries (${match.unmatched.length}):`, ...match.unmatched.map((u) => `  ${u}`));
  if (match.tableUnused.length) {
    lines.push(`Match table entries whose relation was not read (${match.tableUnused.length}): ${match.tableUnused.join(', ')}`);
  }
  if (match.withoutBoundary.length) lines.push(`Municipalities keeping their point (${match.withoutBoundary.length}): ${match.withoutBoundary.join(', ')}`);
  return lines;
}

export const simplificationSummary = (s: ConvertStats) =>
  `Geometry: ${s.simplified} feature(s) simplified, ${s.keptWhole} too small to simplify kept as they were; positions ${s.positionsIn} -> ${s.positionsOut}.`;
