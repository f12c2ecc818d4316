// The data build's part in releases: each committed release checked and copied beside the data,
// with releases/index.json listing their dates for the app.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASE_INDEX, RELEASES_DIR } from '../../src/domain/data/output-files';
import { ReleaseFile } from '../../src/domain/schema/release';

/** The dates copied, oldest first, or what is wrong with a release file (named). */
export function copyReleases(dataDir: string, outDir: string): string[] | string {
  const from = join(dataDir, RELEASES_DIR);
  const files = existsSync(from) ? readdirSync(from).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort() : [];
  mkdirSync(join(outDir, RELEASES_DIR), { recursive: true });
  for (const file of files) {
    let parsed;
    try {
      parsed = ReleaseFile.safeParse(JSON.parse(readFileSync(join(from, file), 'utf8')));
    } catch (e) {
      return `${RELEASES_DIR}/${file}: not JSON (${(e as Error).message})`;
    }
    if (!parsed.success) return `${RELEASES_DIR}/${file}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    if (`${parsed.data.date}.json` !== file) return `${RELEASES_DIR}/${file}: its date is ${parsed.data.date}`;
    writeFileSync(join(outDir, RELEASES_DIR, file), JSON.stringify(parsed.data));
  }
  const dates = files.map((f) => f.slice(0, 10));
  writeFileSync(join(outDir, RELEASE_INDEX), JSON.stringify({ dates }));
  return dates;
}
