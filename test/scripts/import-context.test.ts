// The context import's pure parts: GMT's text read into segments and rings, and SOURCES.md
// sections replaced, not appended, on a re-import. (The import itself needs GMT, which CI does
// not install: its outputs are committed, and the data build and a browser test check them.)
import { describe, expect, it } from 'vitest';
import { levelOf, parseGmtSegments, ringsOf } from '../../scripts/context/gmt-text';
import { replaceSection } from '../../scripts/context/sources';

describe('GMT text', () => {
  const text = ['> Kemerovo Oblast (Russian Federation) Segment 0', '88.63724\t56.77804', '88.646055\t56.739157', '88.7\t56.7', '> River Bin # 11603, Level 2', '83.26\t58', '83.27\t57.99', ''].join('\n');

  it('reads segments with their headers, rounded to 5 decimals, and closes rings', () => {
    const segments = parseGmtSegments(text);
    expect(segments.map((s) => s.coords.length)).toEqual([3, 2]);
    expect(segments[0]!.coords[0]).toEqual([88.63724, 56.77804]);
    expect(segments[0]!.coords[1]).toEqual([88.64606, 56.73916]);
    expect(levelOf(segments[1]!.header)).toBe(2);
    expect(ringsOf(segments)).toEqual([[[88.63724, 56.77804], [88.64606, 56.73916], [88.7, 56.7], [88.63724, 56.77804]]]);
  });

  it('refuses a line that is not "lon lat", naming it', () => {
    expect(() => parseGmtSegments('> x\n88.1 abc\n')).toThrow('not a "lon lat" line in GMT output: "88.1 abc"');
  });
});

describe('SOURCES.md sections', () => {
  const before = '# Sources\n\n## Sites\n\ntext\n\n## Context layers (old)\n\nold text\n\n## After\n\nkept\n';
  it('replaces its own section, keeps the others, and is the same after a second run', () => {
    const once = replaceSection(before, '## Context layers', '## Context layers (new)\n\nnew text');
    expect(once).toContain('## Context layers (new)\n\nnew text');
    expect(once).not.toContain('old text');
    expect(once).toContain('## Sites\n\ntext');
    expect(once).toContain('## After\n\nkept');
    expect(replaceSection(once, '## Context layers', '## Context layers (new)\n\nnew text')).toBe(once);
  });

  it('appends the section where there is none', () => {
    expect(replaceSection('# Sources\n', '## Context layers', '## Context layers\n\nx')).toBe('# Sources\n\n## Context layers\n\nx\n');
  });
});
