// Small helpers shared by the benchmarks: robust statistics and Markdown tables.

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export const min = (xs: readonly number[]): number => Math.min(...xs);

/** Repeats `fn` until `budgetMs` has run (at least `minRuns` times); returns each run's time. */
export function timeRepeated(fn: () => void, budgetMs: number, minRuns = 5, maxRuns = 200): number[] {
  const times: number[] = [];
  let spent = 0;
  while (times.length < minRuns || (spent < budgetMs && times.length < maxRuns)) {
    const t = performance.now();
    fn();
    const dt = performance.now() - t;
    times.push(dt);
    spent += dt;
  }
  return times;
}

export const fmtMs = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
export const fmtRatio = (r: number): string => (Number.isFinite(r) ? `${r.toFixed(2)}×` : '–');
export const fmtKB = (bytes: number): string => (bytes / 1024).toFixed(1);

/** A Markdown table with right-aligned cells (pasteable into docs/performance.md). */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => `| ${widths.map((w, i) => (cells[i] ?? '').padStart(w)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`, ...rows.map(line)].join('\n');
}
