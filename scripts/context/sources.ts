// SOURCES.md sections that an import owns: replaced whole on every re-import, never appended again.

/** `text` with the section starting at a line beginning `heading` replaced by `section` (appended if absent). */
export function replaceSection(text: string, heading: string, section: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return `${text.trimEnd()}\n\n${section}\n`;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return `${[...lines.slice(0, start), ...section.split('\n'), '', ...lines.slice(end)].join('\n').trimEnd()}\n`;
}
