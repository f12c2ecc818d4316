// What the moderation commands do to a stored submission (scripts/submissions.ts is the CLI):
// accept validates it again against the region as it is now, merges it into the sites file
// (checked by the data build's own loader before anything is written) and marks the record.
import { issueMessage } from '../../src/i18n/issue-message';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextFromRegion, validateProposal } from '../../src/domain/validation';
import { writeFileAtomic } from './atomic-write';
import { readRegion } from './region';
import { writeRecord, type SubmissionRecord } from './store';
import { sitesFromRecord, sitesFromSubmission } from './to-site';

/** A refusal with a one-line reason (exit 1). */
export class Refused extends Error {}

export interface AcceptOutcome {
  siteIds: string[];
  sitesFile: string;
  /** The sites were already in the file (an earlier accept stopped before updating the record). */
  alreadyMerged: boolean;
}

function stateCheck(record: SubmissionRecord): void {
  if (record.status === 'accepted') throw new Refused(`${record.id} is already accepted (sites: ${record.siteIds?.join(', ') ?? '?'})`);
  if (record.status === 'rejected') throw new Refused(`${record.id} is already rejected (${record.reason ?? 'no reason'})`);
}

export async function accept(dir: string, record: SubmissionRecord, dataDir: string, now = new Date()): Promise<AcceptOutcome> {
  stateCheck(record);
  const region = readRegion(dataDir);
  const sitesFile = join(dataDir, region.region.files.sites);
  const mark = async (siteIds: string[], alreadyMerged: boolean): Promise<AcceptOutcome> => {
    await writeRecord(dir, { ...record, status: 'accepted', acceptedAt: now.toISOString(), siteIds });
    return { siteIds, sitesFile, alreadyMerged };
  };
  const merged = sitesFromSubmission(region, record.id);
  if (merged.length) return mark(merged, true);

  const ctx = contextFromRegion(region, { requireProperties: true });
  const result = validateProposal(record.proposal, ctx);
  if (!result.ok || !result.proposal) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const shown = errors.slice(0, 3).map((i) => `${i.code} at ${i.path || '(whole proposal)'}: ${issueMessage(i, 'en')}`);
    throw new Refused(`${record.id} is not valid against the current region data: ${shown.join('; ')}${errors.length > 3 ? ` (+${errors.length - 3} more)` : ''}`);
  }
  let sites;
  try {
    sites = sitesFromRecord({ ...record, proposal: result.proposal }, region);
  } catch (e) {
    throw new Refused(`${record.id}: ${(e as Error).message}`);
  }
  // Parts of one site must not overlap each other, which the per-feature check cannot see.
  for (const site of sites) {
    const parts = validateProposal({ type: 'Feature', geometry: site.geometry, properties: {} }, { ...ctx, existingSites: [], requireProperties: false });
    const bad = parts.issues.find((i) => i.severity === 'error');
    if (bad) throw new Refused(`${record.id}: site "${site.properties.id}" drawn in parts: ${bad.code}: ${issueMessage(bad, 'en')}`);
  }

  // The file is extended as text-level JSON, so every existing site stays byte for byte.
  const before = readFileSync(sitesFile, 'utf8');
  const raw = JSON.parse(before) as { features: unknown[] };
  raw.features.push(...sites);
  const after = `${JSON.stringify(raw, null, 2)}\n`;
  try {
    readRegion(dataDir, { name: region.region.files.sites, text: after });
  } catch (e) {
    throw new Refused(`${record.id}: the merged data would not pass the data build: ${(e as Error).message}`);
  }
  // Two moderators at once: the later one must not overwrite the earlier one's merge.
  if (readFileSync(sitesFile, 'utf8') !== before) throw new Refused(`${sitesFile} changed while merging; run accept again`);
  await writeFileAtomic(sitesFile, after);
  return mark(
    sites.map((s) => s.properties.id),
    false,
  );
}

export async function reject(dir: string, record: SubmissionRecord, reason: string, now = new Date()): Promise<void> {
  stateCheck(record);
  await writeRecord(dir, { ...record, status: 'rejected', rejectedAt: now.toISOString(), reason });
}
