// The lint keeps the house (docs/architecture.md): these plant each kind of breach in src/ and
// check that ESLint, with the project's own config, refuses it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });
const planted: string[] = [];

/** Writes files under src/ (removed after the tests) and lints them; returns the rule ids hit. */
async function plant(files: Record<string, string>): Promise<string[]> {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    planted.push(full);
  }
  const results = await eslint.lintFiles(Object.keys(files).map((p) => join(root, p)));
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? 'parse'));
}

afterAll(() => {
  for (const file of planted) rmSync(file, { force: true });
  for (const dir of ['src/domain/zz-lint-probe', 'src/features/zz-lint-probe', 'src/map/zz-lint-probe']) rmSync(join(root, dir), { recursive: true, force: true });
});

describe('house rules', () => {
  it('refuses an import cycle between two TypeScript files', async () => {
    const rules = await plant({
      'src/domain/zz-lint-probe/a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'src/domain/zz-lint-probe/b.ts': "import { a } from './a';\nexport const b = (): number => a() - 1;\n",
    });
    expect(rules).toContain('import-x/no-cycle');
  });

  it('refuses an upward import: the domain reaching into the map, the map into React', async () => {
    expect(await plant({ 'src/domain/zz-lint-probe/up.ts': "import { theme } from '../../map/theme';\nexport const t = theme;\n" })).toContain('no-restricted-imports');
    expect(await plant({ 'src/map/zz-lint-probe/react.ts': "import { useState } from 'react';\nexport const u = useState;\n" })).toContain('no-restricted-imports');
  });

  it('refuses words in the domain: it may not import src/i18n', async () => {
    expect(await plant({ 'src/domain/zz-lint-probe/words.ts': "import { translate } from '../../i18n/lang';\nexport const w = translate;\n" })).toContain(
      'no-restricted-imports',
    );
  });

  it('refuses a feature importing another feature', async () => {
    expect(
      await plant({ 'src/features/zz-lint-probe/x.ts': "import { IssueList } from '../propose/issue-list';\nexport const x = IssueList;\n" }),
    ).toEqual([]); // a probe folder is not a feature: allowed
    const rules = await plant({ 'src/features/embed/zz-lint-probe.ts': "import { IssueList } from '../propose/issue-list';\nexport const x = IssueList;\n" });
    expect(rules).toContain('no-restricted-imports');
  });

  it('refuses a file name that is not kebab-case', async () => {
    expect(await plant({ 'src/map/zz-lint-probe/MapThing.tsx': 'export const x = 1;\n' })).toContain('house/file-names');
    expect(await plant({ 'src/map/zz-lint-probe/map-thing.tsx': 'export const y = 1;\n' })).toEqual([]);
  });
});
