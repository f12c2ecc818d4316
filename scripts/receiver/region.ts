// One region's data as the receiver and the moderation CLI read it (the same loader and checks
// as the data build). The receiver re-reads it when the sites file changes, so a site accepted
// by a moderator is an "existing site" for the next proposal's overlap check.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkRegion } from '../../src/domain/data/check-region';
import { formatProblem } from '../../src/domain/data/format-issues';
import { loadRegion, type RegionData } from '../../src/domain/data/region-data';

export class RegionError extends Error {}

/** The region in `dataDir`; `override` replaces a file's text (a merge checked before it is written). */
export function readRegion(dataDir: string, override?: { name: string; text: string }): RegionData {
  const read = (name: string) => {
    if (override && name === override.name) return override.text;
    try {
      return readFileSync(join(dataDir, name), 'utf8');
    } catch (e) {
      throw new RegionError(`cannot read ${join(dataDir, name)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  };
  const { data, problems } = loadRegion(read);
  const all = data ? checkRegion(data) : problems;
  if (!data || all.length) {
    const shown = all.slice(0, 5).map(formatProblem).join('; ');
    throw new RegionError(`region data in ${dataDir} does not pass the data build: ${shown}${all.length > 5 ? ` (+${all.length - 5} more)` : ''}`);
  }
  return data;
}

/** The region, reloaded when its sites file's mtime or size changes; a bad reload keeps the last good one. */
export class RegionCache {
  private data: RegionData;
  private stamp: string;

  constructor(
    private readonly dataDir: string,
    private readonly warn: (msg: string) => void,
  ) {
    this.data = readRegion(dataDir);
    this.stamp = this.sitesStamp();
  }

  private sitesStamp(): string {
    try {
      const s = statSync(join(this.dataDir, this.data.region.files.sites));
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return 'missing';
    }
  }

  get(): RegionData {
    const stamp = this.sitesStamp();
    if (stamp !== this.stamp) {
      this.stamp = stamp;
      try {
        this.data = readRegion(this.dataDir);
      } catch (e) {
        this.warn(`keeping the previous region data: ${(e as Error).message}`);
      }
    }
    return this.data;
  }
}
